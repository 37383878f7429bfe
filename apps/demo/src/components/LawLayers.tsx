import type { LayerRef, ResolvedJurisdictionLaw } from '@detainer-kit/sdk';
import { englishOnly, useLang, useT } from '../i18n/store';
import { layerDates } from '../model/law-view';
import { Citations } from './Citations';

function LayerHead({ layer }: { readonly layer: LayerRef }) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <strong lang={englishOnly(lang)}>{layer.title}</strong>{' '}
      <span className={`badge status-${layer.status}`}>{t.law.status[layer.status] ?? layer.status}</span>
      <br />
      <span className="muted small">
        {t.law.kinds[layer.kind] ?? layer.kind} · {layerDates(layer, t)} · <code>{layer.layerId}</code>
      </span>
    </>
  );
}

/** The layers in force on the date (lowest precedence first), their mechanics, and the layers not applied with why. */
export function LawLayers({ resolved }: { readonly resolved: ResolvedJurisdictionLaw }) {
  const t = useT();
  const lang = useLang();
  return (
    <div className="law-layers">
      <h3>{t.law.inForce}</h3>
      <ol className="layer-list" data-testid="law-in-force">
        {resolved.inForce.map((layer) => {
          const mechanics = resolved.mechanics.filter((m) => m.layerId === layer.layerId);
          const notes = resolved.notes.filter((m) => m.layerId === layer.layerId);
          return (
            <li key={layer.layerId} data-layer={layer.layerId}>
              <LayerHead layer={layer} />
              {mechanics.length > 0 ? (
                <div className="small">
                  {t.law.mechanics}
                  <ul lang={englishOnly(lang)}>
                    {mechanics.map((m) => (
                      <li key={m.text}>{m.text}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {notes.length > 0 ? (
                <div className="small muted">
                  {t.law.notes}
                  <ul lang={englishOnly(lang)}>
                    {notes.map((m) => (
                      <li key={m.text}>{m.text}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <Citations ids={layer.citations} />
            </li>
          );
        })}
      </ol>
      {resolved.problems.length > 0 ? (
        <p className="form-error small" lang={englishOnly(lang)}>
          {t.law.problems} {resolved.problems.join(' ')}
        </p>
      ) : null}
      <h3>{t.law.notApplied}</h3>
      <ul className="layer-list" data-testid="law-not-applied">
        {resolved.notApplied.map((n) => (
          <li key={n.layer.layerId} data-layer={n.layer.layerId} data-why={n.why}>
            <span className="badge">{n.why === 'replaced' ? t.law.replacedBy(n.by) : t.law.why[n.why]}</span>{' '}
            <LayerHead layer={n.layer} />
          </li>
        ))}
      </ul>
    </div>
  );
}
