import type { Claim } from '../api';
import { RETRACT_CLAIM } from '../api';
import { ChangeForm } from './ChangeForm';
import { Field } from './Field';
import { useDraft } from './useDraft';

/** Takes one claim off a record (the server refuses to take its last). */
export function RetractClaimForm({ subject, version, claims }: { subject: string; version: number; claims: readonly Claim[] }) {
  const key = `${subject}@${version}`;
  const [claimId, setClaimId] = useDraft(() => '', key);
  return (
    <ChangeForm
      label="Retract a claim"
      version={key}
      fields={['claimId']}
      submitLabel="Retract the claim"
      nothingMessage="Choose the claim to retract."
      toMutation={(reason) => (claimId ? { document: RETRACT_CLAIM, variables: { subject, version, claimId, reason } } : null)}
    >
      {(errors) => (
        <Field label="Claim" error={errors.claimId}>
          {(control) => (
            <select {...control} required value={claimId} onChange={(e) => setClaimId(e.target.value)}>
              <option value="">Choose a claim…</option>
              {claims.map((claim) => (
                <option key={claim.id} value={claim.id}>
                  {claim.source.title} {claim.locator}
                  {claim.note ? ` — ${claim.note.slice(0, 60)}` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </ChangeForm>
  );
}
