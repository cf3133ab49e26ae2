import { useState, type FormEvent } from 'react';
import { REVIEW_CHANGE } from '../api';
import { ChangeFeedback } from './ChangeFeedback';
import { useCuration } from './CurationContext';
import { Field } from './Field';
import { placeFailure } from './fieldErrors';
import { useChangeSubmit } from './useChangeSubmit';

/** Accepts (applies) or rejects a proposal, with a comment for its author (editors). */
export function ReviewForm({ changeId }: { changeId: string }) {
  const { reload } = useCuration();
  const [comment, setComment] = useState('');
  const { state, submit, failure, busy } = useChangeSubmit();
  const placed = placeFailure(failure, ['comment']);
  const review = (accept: boolean) => (event: FormEvent) => {
    event.preventDefault();
    void submit(REVIEW_CHANGE, { id: changeId, accept, comment: comment.trim() });
  };
  return (
    <form className="curation-form review-form" aria-label={`Review ${changeId}`} onSubmit={review(true)} noValidate>
      <Field label="Comment (required)" hint="For the author: why it is accepted or rejected" error={placed.byField.comment}>
        {(control) => <textarea {...control} required rows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />}
      </Field>
      <ChangeFeedback state={state} general={placed.general} onReload={reload} />
      <div className="button-row">
        <button type="submit" disabled={busy}>
          Accept
        </button>
        <button type="button" disabled={busy} onClick={review(false)}>
          Reject
        </button>
      </div>
    </form>
  );
}
