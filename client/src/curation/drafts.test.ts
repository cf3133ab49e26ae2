import { describe, expect, it } from 'vitest';
import type { EntityDetail } from '../api';
import { EMPTY_CLAIM, entityChanges, entityDraftOf, isBlankClaim, toClaimInput } from './drafts';

const entity: EntityDetail = {
  id: 'event:a',
  kind: 'EVENT',
  name: 'A meeting',
  version: 1,
  date: { edtf: '2003', earliest: '2003-01-01', latest: '2003-12-31', text: null },
  disputed: false,
  disputedFields: [],
  degree: 0,
  aliases: ['The meeting'],
  summary: 'A meeting took place.',
  claims: [],
  figures: [],
  relations: [],
};

describe('entityChanges', () => {
  it('is empty when nothing was changed', () => {
    expect(entityChanges(entity, entityDraftOf(entity))).toEqual({});
  });

  it('sends only what differs: a corrected date, aliases a line each', () => {
    const draft = { ...entityDraftOf(entity), aliases: 'The meeting\n  Second name \n\n', date: { edtf: '2003-05', text: 'May 2003' } };
    expect(entityChanges(entity, draft)).toEqual({ aliases: ['The meeting', 'Second name'], date: { edtf: '2003-05', text: 'May 2003' } });
  });

  it('clears a date with null', () => {
    expect(entityChanges(entity, { ...entityDraftOf(entity), date: { edtf: ' ', text: '' } })).toEqual({ date: null });
  });
});

describe('claims', () => {
  it('an untouched claim is blank; a locator gets its pilcrow', () => {
    expect(isBlankClaim(EMPTY_CLAIM)).toBe(true);
    const draft = { ...EMPTY_CLAIM, source: 'doc', locator: ' 12 ', note: ' says so ' };
    expect(isBlankClaim(draft)).toBe(false);
    expect(toClaimInput(draft)).toEqual({ source: 'doc', locator: '¶12', note: 'says so', stance: 'SUPPORTS' });
    expect(toClaimInput({ ...draft, locator: '¶12-14', date: { edtf: '2003-05', text: '' } })).toMatchObject({ locator: '¶12-14', date: { edtf: '2003-05' } });
  });
});
