import type { ClaimInput, DateInput, EntityDetail, EntityFieldsInput, FuzzyDate, RelationDetail, RelationFieldsInput, Stance } from '../api';

// What the forms hold while someone types (plain strings), and the mutation inputs made from them.
// Only fields that differ from the record are sent, so an edit never rewrites what it did not touch.

export interface DateDraft {
  edtf: string;
  text: string;
}

export interface ClaimDraft {
  source: string;
  locator: string;
  note: string;
  date: DateDraft;
  stance: Stance;
}

export interface EntityDraft {
  name: string;
  /** One alias a line. */
  aliases: string;
  summary: string;
  date: DateDraft;
}

export interface RelationDraft {
  role: string;
  note: string;
  date: DateDraft;
}

export const EMPTY_DATE: DateDraft = { edtf: '', text: '' };
export const EMPTY_CLAIM: ClaimDraft = { source: '', locator: '', note: '', date: EMPTY_DATE, stance: 'SUPPORTS' };

export function dateDraftOf(date: FuzzyDate | null): DateDraft {
  return date ? { edtf: date.edtf, text: date.text ?? '' } : EMPTY_DATE;
}

/** The DateInput of a draft; null when its EDTF is empty (no date, or the date cleared). */
export function toDateInput(draft: DateDraft): DateInput | null {
  const edtf = draft.edtf.trim();
  if (!edtf) return null;
  const text = draft.text.trim();
  return text ? { edtf, text } : { edtf };
}

function sameDate(draft: DateDraft, date: FuzzyDate | null): boolean {
  return draft.edtf.trim() === (date?.edtf ?? '') && draft.text.trim() === (date?.text ?? '');
}

/** A claim left wholly empty is no claim; one half filled is sent, so the server names what is missing. */
export function isBlankClaim(draft: ClaimDraft): boolean {
  return !draft.source && !draft.locator.trim() && !draft.note.trim() && !draft.date.edtf.trim();
}

/** "12" and "¶12" both mean paragraph 12: the pilcrow is added when left out. */
export function normaliseLocator(locator: string): string {
  const trimmed = locator.trim();
  return /^\d/.test(trimmed) ? `¶${trimmed}` : trimmed;
}

export function toClaimInput(draft: ClaimDraft): ClaimInput {
  const input: ClaimInput = { source: draft.source, locator: normaliseLocator(draft.locator), note: draft.note.trim(), stance: draft.stance };
  const date = toDateInput(draft.date);
  if (date) input.date = date;
  return input;
}

export function splitAliases(text: string): string[] {
  return text
    .split('\n')
    .map((alias) => alias.trim())
    .filter(Boolean);
}

export function entityDraftOf(entity: EntityDetail): EntityDraft {
  return { name: entity.name, aliases: entity.aliases.join('\n'), summary: entity.summary ?? '', date: dateDraftOf(entity.date) };
}

/** The fields of `draft` that differ from `entity`; empty when nothing changed. */
export function entityChanges(entity: EntityDetail, draft: EntityDraft): EntityFieldsInput {
  const set: EntityFieldsInput = {};
  if (draft.name.trim() !== entity.name) set.name = draft.name.trim();
  const aliases = splitAliases(draft.aliases);
  if (aliases.join('\n') !== entity.aliases.join('\n')) set.aliases = aliases;
  if (draft.summary.trim() !== (entity.summary ?? '')) set.summary = draft.summary.trim();
  if (!sameDate(draft.date, entity.date)) set.date = toDateInput(draft.date);
  return set;
}

export function relationDraftOf(relation: RelationDetail): RelationDraft {
  return { role: relation.role ?? '', note: relation.note ?? '', date: dateDraftOf(relation.date) };
}

/** The fields of `draft` that differ from `relation` (an emptied field is cleared with null). */
export function relationChanges(relation: RelationDetail, draft: RelationDraft): RelationFieldsInput {
  const set: RelationFieldsInput = {};
  if (draft.role.trim() !== (relation.role ?? '')) set.role = draft.role.trim() || null;
  if (draft.note.trim() !== (relation.note ?? '')) set.note = draft.note.trim() || null;
  if (!sameDate(draft.date, relation.date)) set.date = toDateInput(draft.date);
  return set;
}
