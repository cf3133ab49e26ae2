import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Entity, Relation } from '../../../server/dataset';
import {
  addClaim,
  createEntity,
  createRelation,
  createSource,
  mergeEntities,
  RecordInputError,
  retractClaim,
  retractEntity,
  retractRelation,
  revertChange,
  updateEntity,
  updateRelation,
  type Curator,
} from '../../../server/curation';
import { ConflictError, type ChangeDraft } from '../../../server/store/ChangeStore';
import type { GraphStore } from '../../../server/store/GraphStore';
import { tinyStore } from './curationFixture';

const claim = { source: 'src-d', locator: '¶4', note: 'Our summary of what the review says.' };
const reason = 'A test of curation.';

let dataset: Dataset;
let store: GraphStore;
let curator: Curator;
beforeAll(async () => {
  ({ dataset, store } = await tinyStore());
  curator = { store, author: 'ed' };
});

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a refusal'),
    (error: unknown) => error,
  );
}

const entityAfter = (draft: ChangeDraft, id: string) => draft.records.find((record) => record.kind === 'entity' && record.id === id)?.after as Entity;
const relationAfter = (draft: ChangeDraft, id: string) => draft.records.find((record) => record.kind === 'relation' && record.id === id)?.after as Relation;

describe('createEntity', () => {
  it('makes the id from kind and name, accents folded, and builds the record as the loader would', async () => {
    const { draft, subject } = await createEntity(curator, { kind: 'Person', name: 'Zoë  Brontë', summary: 'A namesake.', date: { edtf: '2009-23' }, claims: [claim] }, reason);
    // person:zoe-bronte is taken.
    expect(subject).toEqual({ kind: 'entity', id: 'person:zoe-bronte-2' });
    expect(draft).toMatchObject({ operation: 'createEntity', author: 'ed', reason, revertOf: null });
    const entity = entityAfter(draft, 'person:zoe-bronte-2');
    expect(entity).toMatchObject({ kind: 'Person', version: 1, aliases: [], disputedFields: [], date: { earliest: '2009-09-01', latest: '2009-11-30' } });
    expect(entity.claims[0]).toMatchObject({ sourceId: 'src-d', locator: '¶4', stance: 'supports', id: expect.stringMatching(/^claim:/) });
    expect(draft.records).toHaveLength(1);
  });

  it('refuses a new entity without a claim, with the loader\'s message', async () => {
    const error = await refusal(createEntity(curator, { kind: 'Agency', name: 'New Body', summary: 'x', claims: [] }, reason));
    expect(error).toBeInstanceOf(RecordInputError);
    expect(error).toMatchObject({ argument: 'claims', message: 'agency:new-body › claims: needs at least one claim' });
  });

  it('names the field of a bad locator, an unknown source and a bad date', async () => {
    const error = (await refusal(
      createEntity(curator, { kind: 'Agency', name: 'New Body', summary: 'x', claims: [{ ...claim, locator: 'page 4' }] }, reason),
    )) as RecordInputError;
    expect(error.issues[0]).toMatchObject({ record: 'agency:new-body', field: 'claims.0.locator' });
    const unknown = (await refusal(
      createEntity(curator, { kind: 'Agency', name: 'New Body', summary: 'x', date: { edtf: '2003-13-45' }, claims: [{ ...claim, source: 'src-zz' }] }, reason),
    )) as RecordInputError;
    expect(unknown.issues.map((issue) => issue.field)).toEqual(['date.edtf', 'claims.0.source']);
    expect(unknown.message).toContain('unknown source "src-zz" (not in sources.json)');
  });

  it('refuses an id of the wrong kind or already taken', async () => {
    expect(await refusal(createEntity(curator, { id: 'person:x', kind: 'Agency', name: 'X', summary: 'x', claims: [claim] }, reason))).toMatchObject({
      message: 'person:x › id: a Agency id must start with "agency:"',
    });
    expect(await refusal(createEntity(curator, { id: 'person:a-smith', kind: 'Person', name: 'X', summary: 'x', claims: [claim] }, reason))).toMatchObject({
      argument: 'id',
    });
  });

  it('refuses an empty reason', async () => {
    expect(await refusal(createEntity(curator, { kind: 'Person', name: 'X', summary: 'x', claims: [claim] }, '  '))).toMatchObject({ argument: 'reason' });
  });
});

describe('updateEntity', () => {
  it('changes the given fields, adds claims with fresh ids and bumps the version', async () => {
    const { draft } = await updateEntity(curator, { id: 'person:a-smith', version: 1, set: { summary: 'Corrected.', date: { edtf: '2004' } }, claims: [claim] }, reason);
    const [record] = draft.records;
    expect(record?.before).toMatchObject({ id: 'person:a-smith', version: 1, summary: expect.not.stringContaining('Corrected') });
    const after = entityAfter(draft, 'person:a-smith');
    expect(after).toMatchObject({ version: 2, summary: 'Corrected.', name: 'Official A. Smith', date: { edtf: '2004' } });
    expect(after.claims).toHaveLength(2);
    expect(new Set(after.claims.map((item) => item.id)).size).toBe(2);
  });

  it('refuses a stale version with the record and its current version', async () => {
    const error = await refusal(updateEntity(curator, { id: 'person:a-smith', version: 7, set: { name: 'X' } }, reason));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ record: 'person:a-smith', currentVersion: 1 });
  });

  it('clears the date with null, refuses to clear the name, and finds a new date dispute', async () => {
    const cleared = await updateEntity(curator, { id: 'report:northtown-2014', version: 1, set: { date: null } }, reason);
    expect(entityAfter(cleared.draft, 'report:northtown-2014').date).toBeNull();
    expect(await refusal(updateEntity(curator, { id: 'person:a-smith', version: 1, set: { name: null } }, reason))).toMatchObject({ argument: 'name' });
    const { draft } = await updateEntity(
      curator,
      { id: 'person:b-jones', version: 1, set: {}, claims: [{ ...claim, date: { edtf: '2001' } }, { ...claim, locator: '¶5', date: { edtf: '2010' } }] },
      reason,
    );
    expect(entityAfter(draft, 'person:b-jones').disputedFields).toEqual(['date']);
  });

  it('gives the same citation twice for one subject "-2", as the loader does', async () => {
    const { draft } = await updateEntity(curator, { id: 'person:a-smith', version: 1, set: {}, claims: [claim, claim] }, reason);
    const [, first, second] = entityAfter(draft, 'person:a-smith').claims;
    expect(second?.id).toBe(`${first?.id}-2`);
  });
});

describe('retractEntity', () => {
  it('retracts the entity with every relation touching it, relations first', async () => {
    const { draft } = await retractEntity(curator, { id: 'person:c-patel', version: 1 }, reason);
    expect(draft.records.every((record) => record.after === null)).toBe(true);
    expect(draft.records.map((record) => `${record.kind} ${record.id}`).sort()).toEqual([
      'entity person:c-patel',
      'relation rel:patel-attended-meeting',
      'relation rel:patel-held-role-police',
      'relation rel:patel-warned-smith',
    ]);
    expect(draft.records.at(-1)?.kind).toBe('entity');
    expect(new Set(draft.records.map((record) => record.id)).size).toBe(4);
  });
});

describe('relations', () => {
  it('creates a relation with an id from type and ends, checking type and ends', async () => {
    const { draft, subject } = await createRelation(curator, { type: 'WARNED', from: 'person:e-novak', to: 'agency:northtown-council', date: { edtf: '1999' }, claims: [claim] }, reason);
    expect(subject?.id).toBe('rel:warned-e-novak-northtown-council');
    expect(relationAfter(draft, subject!.id)).toMatchObject({ label: 'warned', version: 1 });
    const error = (await refusal(createRelation(curator, { type: 'WARNED', from: 'person:nobody', to: 'person:nobody', claims: [claim] }, reason))) as RecordInputError;
    expect(error.issues.map((issue) => `${issue.field}: ${issue.message}`)).toEqual([
      'from: no entity with id "person:nobody"',
      'to: no entity with id "person:nobody"',
      'to: a relation cannot point at its own start',
    ]);
  });

  it('updates and retracts a relation against its version', async () => {
    const { draft } = await updateRelation(curator, { id: 'rel:smith-held-role-council', version: 1, set: { role: 'chief executive', note: null } }, reason);
    expect(relationAfter(draft, 'rel:smith-held-role-council')).toMatchObject({ role: 'chief executive', note: null, version: 2 });
    const retracted = await retractRelation(curator, { id: 'rel:smith-held-role-council', version: 1 }, reason);
    expect(retracted.draft.records).toEqual([expect.objectContaining({ kind: 'relation', after: null })]);
    expect(await refusal(retractRelation(curator, { id: 'rel:smith-held-role-council', version: 2 }, reason))).toBeInstanceOf(ConflictError);
  });
});

describe('claims', () => {
  it('adds a claim to a relation and to a figure, working out disputes again', async () => {
    const { draft } = await addClaim(curator, { subject: 'rel:board-warned-smith', version: 1, claim: { ...claim, stance: 'contradicts' } }, reason);
    expect(relationAfter(draft, 'rel:board-warned-smith')).toMatchObject({ version: 2, disputedFields: ['occurred'] });
    const figure = await addClaim(curator, { subject: 'report:risk-2003', version: 1, claim, figure: 'children at risk' }, reason);
    expect(entityAfter(figure.draft, 'report:risk-2003').figures[0]?.claims).toHaveLength(2);
    expect(await refusal(addClaim(curator, { subject: 'report:risk-2003', version: 1, claim, figure: 'adults' }, reason))).toMatchObject({ argument: 'figure' });
    expect(await refusal(addClaim(curator, { subject: 'person:a-smith', version: 1, claim: { ...claim, source: 'src-zz' } }, reason))).toMatchObject({ argument: 'claims.1.source' });
  });

  it('retracts a claim, but never the last one', async () => {
    const [jones] = dataset.relations.filter((relation) => relation.id === 'rel:smith-warned-jones');
    const contradicting = jones!.claims.find((item) => item.stance === 'contradicts')!;
    const { draft } = await retractClaim(curator, { subject: jones!.id, version: 1, claimId: contradicting.id }, reason);
    expect(relationAfter(draft, jones!.id)).toMatchObject({ disputedFields: [], claims: [expect.objectContaining({ stance: 'supports' })] });
    const smith = dataset.entities.find((entity) => entity.id === 'person:a-smith')!;
    expect(await refusal(retractClaim(curator, { subject: smith.id, version: 1, claimId: smith.claims[0]!.id }, reason))).toMatchObject({
      message: 'person:a-smith › claims: needs at least one claim',
    });
  });
});

describe('createSource', () => {
  it('creates a source with the loader\'s checks', async () => {
    const { draft } = await createSource(curator, { id: 'src-e', title: 'A new report', reliability: 'HIGH', published: { edtf: '2016' } }, reason);
    expect(draft.records[0]?.after).toMatchObject({ id: 'src-e', claimCount: 0, published: { earliest: '2016-01-01' } });
    expect(await refusal(createSource(curator, { id: 'src-a', title: 'T', reliability: 'HIGH' }, reason))).toMatchObject({ argument: 'id' });
    expect(await refusal(createSource(curator, { id: 'bad id', title: 'T', reliability: 'HIGH' }, reason))).toMatchObject({ argument: 'id' });
  });
});

describe('mergeEntities', () => {
  it('keeps both sides\' claims and aliases, re-points relations, retracts the ones between, and redirects', async () => {
    const { draft } = await mergeEntities(curator, { keep: 'person:a-smith', keepVersion: 1, merge: 'person:b-jones', mergeVersion: 1 }, reason);
    const kept = entityAfter(draft, 'person:a-smith');
    expect(kept.aliases).toEqual(['Alan Smith', 'Councillor B. Jones']);
    expect(kept.claims).toHaveLength(2);
    expect(new Set(kept.claims.map((item) => item.id)).size).toBe(2);
    expect(kept.version).toBe(2);
    const between = draft.records.find((record) => record.id === 'rel:smith-warned-jones');
    expect(between?.after).toBeNull();
    expect(relationAfter(draft, 'rel:jones-held-role-council')).toMatchObject({ from: 'person:a-smith', version: 2 });
    expect(draft.records.slice(-3).map((record) => `${record.kind} ${record.id}`)).toEqual(['entity person:b-jones', 'entity person:a-smith', 'redirect person:b-jones']);
    expect(draft.records.at(-1)?.after).toEqual({ id: 'person:b-jones', to: 'person:a-smith' });
    expect(await refusal(mergeEntities(curator, { keep: 'person:a-smith', keepVersion: 1, merge: 'agency:northtown-council', mergeVersion: 1 }, reason))).toBeInstanceOf(RecordInputError);
  });
});

describe('revertChange', () => {
  it('puts an update back as a new change, one version on, and refuses once the record moved', async () => {
    const { store: changed } = await tinyStore();
    const as = { store: changed, author: 'ed' };
    const update = await changed.commit((await updateEntity(as, { id: 'person:a-smith', version: 1, set: { name: 'A. Smith' } }, reason)).draft);
    const { draft } = await revertChange(as, changed, { id: update.id }, 'Undo.');
    expect(draft).toMatchObject({ operation: 'revertChange', revertOf: update.id });
    expect(entityAfter(draft, 'person:a-smith')).toMatchObject({ name: 'Official A. Smith', version: 3 });
    await changed.commit((await updateEntity(as, { id: 'person:a-smith', version: 2, set: { summary: 'Moved on.' } }, reason)).draft);
    expect(await refusal(revertChange(as, changed, { id: update.id }, 'Undo.'))).toMatchObject({ record: 'person:a-smith', currentVersion: 3 });
  });

  it('undoes a merge in reverse order: redirect removed, both entities and their relations back', async () => {
    const { store: changed } = await tinyStore();
    const as = { store: changed, author: 'ed' };
    const merge = await changed.commit((await mergeEntities(as, { keep: 'person:a-smith', keepVersion: 1, merge: 'person:b-jones', mergeVersion: 1 }, reason)).draft);
    expect((await changed.entitiesByIds(['person:b-jones']))[0]?.id).toBe('person:a-smith');
    const { draft } = await revertChange(as, changed, { id: merge.id }, 'Undo.');
    expect(draft.records.slice(0, 3).map((record) => `${record.kind} ${record.id} ${record.after ? 'back' : 'gone'}`)).toEqual([
      'redirect person:b-jones gone',
      'entity person:a-smith back',
      'entity person:b-jones back',
    ]);
    expect(entityAfter(draft, 'person:b-jones')).toMatchObject({ version: 2, name: 'Councillor B. Jones' });
    expect(relationAfter(draft, 'rel:smith-warned-jones')).toMatchObject({ version: 2, to: 'person:b-jones' });
    await changed.commit(draft);
    expect((await changed.entitiesByIds(['person:b-jones']))[0]).toMatchObject({ id: 'person:b-jones', version: 2 });
  });

  it('refuses a change that is not applied', async () => {
    const { store: changed } = await tinyStore();
    const pending = await changed.propose((await retractRelation({ store: changed, author: 'ed' }, { id: 'rel:novak-authored-audit', version: 1 }, reason)).draft);
    expect(await refusal(revertChange(curator, changed, { id: pending.id }, 'Undo.'))).toMatchObject({ argument: 'id' });
  });
});
