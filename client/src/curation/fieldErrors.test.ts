import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { describeFailure, placeFailure } from './fieldErrors';

const FIELDS = ['name', 'date', 'claims.0.source', 'claims.0.locator', 'claims.0.date', 'reason'];
const bad = (field: string) => describeFailure(new ApiError(`${field} is wrong`, 'BAD_USER_INPUT', 200, { field }));

describe('placeFailure', () => {
  it('puts a BAD_USER_INPUT next to the field it names, however the server prefixes it', () => {
    expect(placeFailure(bad('claims.0.locator'), FIELDS).byField).toEqual({ 'claims.0.locator': 'claims.0.locator is wrong' });
    expect(placeFailure(bad('input.claims.0.locator'), FIELDS).byField).toEqual({ 'claims.0.locator': 'input.claims.0.locator is wrong' });
    expect(placeFailure(bad('claims.0.date.edtf'), FIELDS).byField).toEqual({ 'claims.0.date': 'claims.0.date.edtf is wrong' });
  });

  it('prefers the field that fits whole over one that merely ends the same', () => {
    expect(Object.keys(placeFailure(bad('date'), FIELDS).byField)).toEqual(['date']);
    expect(Object.keys(placeFailure(bad('locator'), FIELDS).byField)).toEqual(['claims.0.locator']);
  });

  it('says what no field claims above the buttons, naming the field', () => {
    expect(placeFailure(bad('figures.0.value'), FIELDS)).toEqual({ byField: {}, general: 'figures.0.value: figures.0.value is wrong' });
  });

  it('falls back on the older `argument` extension', () => {
    const failure = describeFailure(new ApiError('bad reason', 'BAD_USER_INPUT', 200, { argument: 'reason' }));
    expect(placeFailure(failure, FIELDS).byField).toEqual({ reason: 'bad reason' });
  });

  it('places each of several issues, a new claim found under its place in the record', () => {
    const failure = describeFailure(
      new ApiError('both', 'BAD_USER_INPUT', 200, {
        argument: 'claims.7.locator',
        issues: [
          { record: 'event:a', field: 'claims.7.locator', message: 'locator must look like ¶12' },
          { record: 'event:a', field: 'date', message: 'not an EDTF date' },
        ],
      }),
    );
    expect(placeFailure(failure, FIELDS, { 'claims.7': 'claims.0' }).byField).toEqual({ 'claims.0.locator': 'locator must look like ¶12', date: 'not an EDTF date' });
  });

  it('tells a conflict apart, with the record and its current version', () => {
    expect(describeFailure(new ApiError('moved', 'CONFLICT', 200, { record: 'person:a', currentVersion: 3 }))).toEqual({ kind: 'conflict', message: 'moved', record: 'person:a', currentVersion: 3 });
    expect(placeFailure(describeFailure(new ApiError('moved', 'CONFLICT')), FIELDS)).toEqual({ byField: {}, general: null });
  });
});
