import { type CitationId, getCitation, isCitationId } from '@detainer-kit/sdk';

/** Citation ids with their titles from the SDK's registry; status shown when not confirmed. */
export function Citations({ ids, label = 'Sources' }: { readonly ids: readonly string[]; readonly label?: string }) {
  const known = ids.filter((id): id is CitationId => isCitationId(id));
  if (known.length === 0) return null;
  return (
    <div className="citations">
      <span className="citations-label">{label}:</span>
      <ul>
        {known.map((id) => {
          const c = getCitation(id);
          return (
            <li key={id}>
              <cite>
                <span className="cite-id">[{c.id}]</span> {c.title}
              </cite>
              {c.status !== 'confirmed' ? <span className={`badge status-${c.status}`}>{c.status}</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
