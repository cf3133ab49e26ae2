import { CHANGES, type ChangeConnection, type ChangesResult } from '../api';
import { useAsync } from '../hooks/useAsync';
import { ChangeList } from './ChangeList';
import { useCuration } from './CurationContext';
import { canReview } from './roles';

const QUEUE_PAGE = 50;

/** Proposals waiting for review: every one for an editor, their own for a contributor. */
export function ReviewQueue() {
  const { request, revision, account } = useCuration();
  const editor = canReview(account?.role);
  const author = editor ? null : (account?.name ?? null);
  const key = account ? `${account.name}#${revision}` : null;
  const queue = useAsync<ChangeConnection>(key, async (signal) => (await request<ChangesResult>(CHANGES, { status: 'PENDING', author, first: QUEUE_PAGE }, { signal })).changes);
  return (
    <section className="review-queue" aria-label={editor ? 'Review queue' : 'Your proposals'} data-testid="review-queue">
      <ChangeList changes={queue} label={editor ? 'review queue' : 'proposals'} empty={editor ? 'No proposals are waiting.' : 'You have no proposals waiting.'} />
    </section>
  );
}
