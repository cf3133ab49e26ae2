import type { Claim, Reliability, Source } from '../api';
import { formatDate } from '../dates';
import { useReader } from '../documents';

export function ReliabilityBadge({ reliability }: { reliability: Reliability }) {
  return <span className={`badge reliability-${reliability.toLowerCase()}`}>{reliability.toLowerCase()} reliability</span>;
}

/** "Title — publisher, author" with the source's reliability; its note on hover. */
export function SourceLine({ source }: { source: Source }) {
  const by = [source.publisher, source.author].filter(Boolean).join(', ');
  return (
    <span className="source-line" title={source.note ?? undefined}>
      <cite>{source.title}</cite>
      {by && <span className="source-by"> — {by}</span>} <ReliabilityBadge reliability={source.reliability} />
    </span>
  );
}

/** The claim's locator; a link into the source's text where the reader is available. */
function Locator({ claim }: { claim: Claim }) {
  const reader = useReader();
  if (!reader) return <span className="locator" title="Paragraph in the source">{claim.locator}</span>;
  return (
    <button type="button" className="locator locator-link" title="Read this passage in the source" onClick={() => reader.open({ sourceId: claim.source.id, locator: claim.locator })}>
      {claim.locator}
    </button>
  );
}

export function ClaimItem({ claim, showDate = true }: { claim: Claim; showDate?: boolean }) {
  return (
    <li className={claim.stance === 'CONTRADICTS' ? 'claim contradicts' : 'claim'}>
      <SourceLine source={claim.source} /> <Locator claim={claim} />
      {claim.stance === 'CONTRADICTS' && <span className="badge stance-contradicts">contradicts</span>}
      {claim.note && <div className="claim-note">{claim.note}</div>}
      {showDate && claim.date && <div className="claim-date">Gives the date: {formatDate(claim.date)}</div>}
      {claim.erratum && (
        <div className="claim-erratum">
          <span className="badge erratum">erratum</span> {claim.erratum}
        </div>
      )}
    </li>
  );
}

/** Every claim with its source title, publisher, reliability and locator. */
export function ClaimList({ claims, title = 'Sources' }: { claims: readonly Claim[]; title?: string }) {
  return (
    <section className="claims" aria-label={title}>
      <h3>
        {title} <span className="count">({claims.length})</span>
      </h3>
      {claims.length === 0 ? (
        <p className="muted">No claims.</p>
      ) : (
        <ul className="claim-list">
          {claims.map((claim, index) => (
            <ClaimItem key={`${claim.source.id}-${claim.locator}-${index}`} claim={claim} />
          ))}
        </ul>
      )}
    </section>
  );
}
