import type { Change } from '../api';
import { operationWords } from './describeChange';
import { FieldDiff } from './FieldDiff';
import { RevertForm } from './RevertForm';
import { ReviewForm } from './ReviewForm';
import { canReview } from './roles';
import { useCuration } from './CurationContext';

/** "2026-11-30 13:40 UTC": the same for every reader, wherever they are. */
function instant(at: string): string {
  return `${at.replace('T', ' ').slice(0, 16)} UTC`;
}

const STATUS_WORDS = { APPLIED: null, PENDING: 'waiting for review', REJECTED: 'rejected' } as const;

/** One change: what, who, when, why, each field before and after; revert or review for editors. */
export function ChangeCard({ change }: { change: Change }) {
  const { account, sources } = useCuration();
  const titles = sources.status === 'ready' ? new Map(sources.value.map((source) => [source.id, source.title])) : null;
  const sourceTitle = (id: string) => titles?.get(id) ?? id;
  const editor = canReview(account?.role);
  const status = STATUS_WORDS[change.status];
  return (
    <li className={`change-card status-${change.status.toLowerCase()}`} data-change-id={change.id}>
      <p className="change-head">
        <strong>{operationWords(change.operation)}</strong> · {change.author} · <time dateTime={change.at}>{instant(change.at)}</time> · <span className="muted">{change.id}</span>
        {status && <span className={`badge change-${change.status.toLowerCase()}`}>{status}</span>}
      </p>
      <p className="change-reason">
        <span className="field-label">Why:</span> {change.reason}
      </p>
      {change.records.map((record) => (
        <FieldDiff key={`${record.kind}:${record.id}`} record={record} showId={change.records.length > 1} sourceTitle={sourceTitle} />
      ))}
      {change.revertOf && <p className="muted">Undid {change.revertOf.id}.</p>}
      {change.revertedBy && (
        <p className="muted">
          Reverted by {change.revertedBy.author} in {change.revertedBy.id}.
        </p>
      )}
      {change.review && (
        <p className="muted">
          Reviewed by {change.review.reviewer}: {change.review.comment}
        </p>
      )}
      {editor && change.status === 'APPLIED' && !change.revertedBy && (
        <details className="change-action">
          <summary>Revert…</summary>
          <RevertForm changeId={change.id} />
        </details>
      )}
      {editor && change.status === 'PENDING' && <ReviewForm changeId={change.id} />}
    </li>
  );
}
