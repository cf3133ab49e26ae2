import { ADD_CLAIM } from '../api';
import { ChangeForm } from './ChangeForm';
import type { ClaimDraft } from './drafts';

/** Adds a claim to an entity or relation; `initial` fills the claim's fields (the reader's "Cite this"). */
export function AddClaimForm({ subject, version, claimCount, initial }: { subject: string; version: number; claimCount: number; initial?: Partial<ClaimDraft> }) {
  return (
    <ChangeForm
      label="Add a claim"
      version={`${subject}@${version}`}
      fields={[]}
      claim={{ prefix: 'claim', recordPrefix: `claims.${claimCount}`, legend: 'New claim', required: true, initial }}
      submitLabel="Add the claim"
      toMutation={(reason, claim) => ({ document: ADD_CLAIM, variables: { subject, version, claim, reason } })}
    />
  );
}
