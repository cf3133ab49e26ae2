import { ADD_CLAIM } from '../api';
import { ChangeForm } from './ChangeForm';

const CLAIM = { prefix: 'claim', legend: 'New claim', required: true };

/** Adds a claim to an entity or relation. */
export function AddClaimForm({ subject, version }: { subject: string; version: number }) {
  return (
    <ChangeForm
      label="Add a claim"
      version={`${subject}@${version}`}
      fields={[]}
      claim={CLAIM}
      submitLabel="Add the claim"
      toMutation={(reason, claim) => ({ document: ADD_CLAIM, variables: { subject, version, claim, reason } })}
    />
  );
}
