import type { SubmitState } from './useChangeSubmit';

interface Props {
  state: SubmitState;
  /** What no field claimed, from placeFailure. */
  general: string | null;
  onReload: () => void;
}

/** Above a form's buttons: what was done, or what went wrong that no single field explains. */
export function ChangeFeedback({ state, general, onReload }: Props) {
  if (state.status === 'done') {
    const { change } = state;
    return (
      <p className="change-feedback done" role="status">
        {change.status === 'PENDING' ? `Sent for review as ${change.id}: an editor will accept or reject it.` : `Saved as ${change.id}.`}
      </p>
    );
  }
  if (state.status !== 'failed') return null;
  if (state.failure.kind === 'conflict') {
    return (
      <div className="change-feedback failed" role="alert">
        <p>
          Someone else changed this record since you opened it
          {state.failure.currentVersion !== null ? ` (it is now at version ${state.failure.currentVersion})` : ''}. Reload it, check their change, then make yours again.
        </p>
        <button type="button" onClick={onReload}>
          Reload the record
        </button>
      </div>
    );
  }
  if (!general) return null;
  return (
    <p className="change-feedback failed" role="alert">
      {general}
    </p>
  );
}
