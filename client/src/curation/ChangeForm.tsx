import { useState, type FormEvent, type ReactNode } from 'react';
import type { ChangeResult, ClaimInput } from '../api';
import { ChangeFeedback } from './ChangeFeedback';
import { ClaimFieldset, claimFieldPaths } from './ClaimFieldset';
import { useCuration } from './CurationContext';
import { EMPTY_CLAIM, isBlankClaim, toClaimInput, type ClaimDraft } from './drafts';
import { placeFailure } from './fieldErrors';
import { ReasonField } from './ReasonField';
import { useChangeSubmit } from './useChangeSubmit';
import { useDraft } from './useDraft';

/** The mutation a form sends; null: nothing to send (the form says so). */
export type Mutation = { document: string; variables: Record<string, unknown> } | null;

interface Props {
  /** The form's accessible name. */
  label: string;
  /** Identity and version of what is edited: the form starts again when it moves. */
  version: string;
  /** The form's own field paths as the server names them, for placing its errors. */
  fields: readonly string[];
  /**
   * The form's claim, if it takes one: `prefix`, its place in the mutation ("claims.0", "claim");
   * `recordPrefix`, its place in the record once added ("claims.7"), where the server's checks name it.
   */
  claim?: { prefix: string; recordPrefix?: string; legend: string; required: boolean; initial?: Partial<ClaimDraft> };
  submitLabel: string;
  /** The mutation for this reason and claim (null when the claim was left empty). */
  toMutation: (reason: string, claim: ClaimInput | null) => Mutation;
  /** Said when toMutation gives nothing to send. */
  nothingMessage?: string;
  /** After the server took the change. */
  onDone?: (result: ChangeResult) => void;
  /** The form's own fields, given the messages the server placed on them. */
  children?: (errors: Readonly<Record<string, string>>) => ReactNode;
}

/** A change as a form: its own fields, an optional claim, the required reason, the answer shown above the button. */
export function ChangeForm({ label, version, fields, claim, submitLabel, toMutation, nothingMessage = 'Nothing to save: change a field first.', onDone, children }: Props) {
  const { reload } = useCuration();
  const [claimDraft, setClaimDraft] = useDraft(() => ({ ...EMPTY_CLAIM, ...claim?.initial }), version);
  const [reason, setReason] = useDraft(() => '', version);
  const [nothing, setNothing] = useState(false);
  const { state, submit, failure, busy } = useChangeSubmit();
  const aliases = claim?.recordPrefix ? { [claim.recordPrefix]: claim.prefix } : {};
  const placed = placeFailure(failure, [...fields, ...(claim ? claimFieldPaths(claim.prefix) : []), 'reason'], aliases);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const claimInput = claim && (claim.required || !isBlankClaim(claimDraft)) ? toClaimInput(claimDraft) : null;
    const mutation = toMutation(reason.trim(), claimInput);
    setNothing(mutation === null);
    if (!mutation) return;
    void submit(mutation.document, mutation.variables).then((result) => {
      if (result) onDone?.(result);
    });
  };

  return (
    <form className="curation-form" aria-label={label} onSubmit={onSubmit} noValidate>
      {children?.(placed.byField)}
      {claim && <ClaimFieldset legend={claim.legend} value={claimDraft} onChange={setClaimDraft} errors={placed.byField} prefix={claim.prefix} />}
      <ReasonField value={reason} onChange={setReason} error={placed.byField.reason} />
      {nothing && (
        <p className="change-feedback failed" role="alert">
          {nothingMessage}
        </p>
      )}
      <ChangeFeedback state={state} general={placed.general} onReload={reload} />
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
