import { REVERT_CHANGE } from '../api';
import { ChangeForm } from './ChangeForm';
import { useCuration } from './CurationContext';

/** Undoes an applied change as a new change (editors); refused with a conflict when its records moved since. */
export function RevertForm({ changeId }: { changeId: string }) {
  const { reload } = useCuration();
  return (
    <ChangeForm
      label={`Revert ${changeId}`}
      version={changeId}
      fields={[]}
      submitLabel="Revert"
      toMutation={(reason) => ({ document: REVERT_CHANGE, variables: { id: changeId, reason } })}
      onDone={(result) => {
        // A revert may touch records other than the one shown (a retraction undone): ask again.
        if (!result.entity && !result.relation) reload();
      }}
    />
  );
}
