import type { ReaderCitation } from './operations';

/** What a claim stands on: "Name" or "From warned To". */
function subjectOf(citation: ReaderCitation): string {
  if (citation.entity) return citation.entity.name;
  if (citation.relation) return `${citation.relation.from.name} ${citation.relation.label} ${citation.relation.to.name}`;
  return '(retracted record)';
}

/** The claims that cite a paragraph, beside it: what the graph took from it. */
export function ReaderMargin({ citations }: { citations: readonly ReaderCitation[] }) {
  if (citations.length === 0) return <aside className="reader-margin empty" aria-label="No claim cites this paragraph" />;
  return (
    <aside className="reader-margin" aria-label={`${citations.length} claim(s) citing this paragraph`}>
      <ul>
        {citations.map((citation) => (
          <li key={`${citation.claim.id}-${citation.field}`} className={citation.claim.stance === 'CONTRADICTS' ? 'margin-claim contradicts' : 'margin-claim'}>
            <strong>{subjectOf(citation)}</strong> <span className="locator">{citation.claim.locator}</span>
            {citation.claim.note && <div className="claim-note">{citation.claim.note}</div>}
          </li>
        ))}
      </ul>
    </aside>
  );
}
