import { ADD_CLAIM } from '../api';
import { ChangeForm } from './ChangeForm';

/** Adds a claim to an entity or relation. */
export function AddClaimForm({ subject, version, claimCount }: { subject: string; version: number; claimCount: number }) {
  return (
    <ChangeForm
      label="Add a claim"
      version={`${subject}@${version}`}
      fields={[]}
      claim={{ prefix: 'claim', recordPrefix: `claims.${claimCount}`, legend: 'New claim', required: true }}
      submitLabel="Add the claim"
      toMutation={(reason, claim) => ({ document: ADD_CLAIM, variables: { subject, version, claim, reason } })}
    />
  );
}
