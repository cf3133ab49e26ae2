import { z } from 'zod';
import type { Claim, Entity, FuzzyDate, Relation } from '../dataset';
import { buildClaims, buildDate } from '../dataset/buildRecords';
import { claimSchema, dateSchema } from '../dataset/fileSchema';
import type { GraphStore } from '../store/GraphStore';
import { recordInputError } from './errors';
import type { ClaimValue, DateValue } from './inputs';
import { checkerFor, citedSources, parseShape } from './recordInput';

const claimList = z.array(claimSchema);

/**
 * What updating an entity and updating a relation share: the record is read (`current`, which
 * refuses an unknown id or a stale version) together with what the new claims' checks need, the
 * claims sent with the update are checked and added to the record's own, an update that changes
 * nothing is refused, and the date is built again when `date` was given (null clears it,
 * undefined keeps it).
 */
export async function updatedDateAndClaims<R extends Entity | Relation>(
  store: GraphStore,
  current: Promise<R>,
  file: string,
  update: { otherFieldsGiven: boolean; date: DateValue | null | undefined; claims: ClaimValue[] | null | undefined },
): Promise<{ before: R; date: FuzzyDate | null; claims: Claim[] }> {
  const checking = checkerFor(store, { sources: citedSources(update.claims), claimIdsTaken: current.then((record) => record.claims.map((claim) => claim.id)) });
  // The record's own refusal comes first; the checker's reads fail with it when it fails.
  const [before, checker] = await Promise.all([current, checking]);
  const newClaims = parseShape(claimList, update.claims ?? [], before.id, 'claims');
  if (!update.otherFieldsGiven && update.date === undefined && newClaims.length === 0) {
    throw recordInputError(before.id, 'set', 'nothing to change: give a field in "set" or a claim');
  }
  const dateInput = update.date === undefined || update.date === null ? undefined : parseShape(dateSchema, update.date, before.id, 'date');
  const place = { file, record: before.id };
  const date = update.date === undefined ? before.date : buildDate(checker.checks, place, () => 'date', dateInput);
  const claims = buildClaims(checker.checks, place, 'claims', newClaims, before.id);
  checker.done();
  return { before, date, claims: [...before.claims, ...claims] };
}
