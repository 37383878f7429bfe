import { type CitationId, getCitation, isCitationId } from '@detainer-kit/sdk';
import { englishOnly, useLang, useT } from '../i18n/store';

/** Citation ids with their titles from the SDK's registry; status shown when not confirmed. */
export function Citations({ ids, label }: { readonly ids: readonly string[]; readonly label?: string }) {
  const t = useT();
  const lang = useLang();
  const known = ids.filter((id): id is CitationId => isCitationId(id));
  if (known.length === 0) return null;
  return (
    <div className="citations">
      <span className="citations-label">{label ?? t.sources}:</span>
      <ul>
        {known.map((id) => {
          const c = getCitation(id);
          return (
            <li key={id}>
              <cite lang={englishOnly(lang)}>
                <span className="cite-id">[{c.id}]</span> {c.title}
              </cite>
              {c.status !== 'confirmed' ? (
                <span className={`badge status-${c.status}`}>{t.statusWords[c.status] ?? c.status}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
