import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError, loadDataset } from '../../server/dataset';
import { validFiles, writeDataset, type DatasetFiles } from './datasetFactory';

async function loadError(files: DatasetFiles): Promise<DatasetError> {
  const error = await loadDataset(writeDataset(files)).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

describe('data-set validation', () => {
  it('loads a valid data set and derives its dates', async () => {
    const dataset = await loadDataset(writeDataset(validFiles()));
    expect(dataset.entities).toHaveLength(3);
    const warning = dataset.relations.find((relation) => relation.id === 'rel:jones-warned-smith');
    expect(warning?.date).toEqual({ edtf: '2009-23', earliest: '2009-09-01', latest: '2009-11-30', text: 'autumn 2009' });
    expect(warning?.label).toBe('warned');
    expect(dataset.sources.find((source) => source.id === 'src-a')?.claimCount).toBe(3);
  });

  it('names file, record and field for a missing field', async () => {
    const files = validFiles();
    delete files.entities[1]!.summary;
    const error = await loadError(files);
    expect(error.issues).toEqual([expect.objectContaining({ file: 'entities.json', record: 'person:b-jones', field: 'summary' })]);
    expect(error.message).toContain('entities.json › person:b-jones › summary');
  });

  it('names the claim of an unknown source', async () => {
    const files = validFiles();
    (files.relations[0]!.claims as Record<string, unknown>[])[0]!.source = 'src-zz';
    const error = await loadError(files);
    expect(error.issues).toEqual([
      expect.objectContaining({ file: 'relations.json', record: 'rel:jones-warned-smith', field: 'claims.0.source' }),
    ]);
    expect(error.message).toContain('unknown source "src-zz"');
  });

  it('names a dangling relation end', async () => {
    const files = validFiles();
    files.relations[1]!.to = 'report:missing';
    const error = await loadError(files);
    expect(error.issues).toEqual([
      expect.objectContaining({ file: 'relations.json', record: 'rel:jones-authored-r-2003', field: 'to', message: 'no entity with id "report:missing"' }),
    ]);
  });

  it('names a bad EDTF date, wherever it is', async () => {
    const files = validFiles();
    files.entities[2]!.date = { edtf: '2003-13-45' };
    (files.relations[0]!.claims as Record<string, unknown>[])[0]!.date = { edtf: 'autumn 2009' };
    const error = await loadError(files);
    expect(error.issues.map((issue) => `${issue.file} › ${issue.record} › ${issue.field}`)).toEqual([
      'entities.json › report:r-2003 › date.edtf',
      'relations.json › rel:jones-warned-smith › claims.0.date.edtf',
    ]);
    expect(error.issues[0]!.message).toContain('"2003-13-45" is not a valid EDTF date');
  });

  it('names a duplicate id and where it was first used', async () => {
    const files = validFiles();
    files.entities.push({ ...files.entities[0]!, name: 'Someone else' });
    const error = await loadError(files);
    expect(error.issues).toEqual([
      expect.objectContaining({ file: 'entities.json', record: 'person:a-smith', field: 'id', message: 'duplicate id "person:a-smith" (already used in entities.json)' }),
    ]);
  });

  it('refuses an unknown relation type and an uncited record', async () => {
    const files = validFiles();
    files.relations[0]!.type = 'WHISPERED';
    files.entities[0]!.claims = [];
    const error = await loadError(files);
    expect(error.issues.map((issue) => `${issue.record} › ${issue.field}`).sort()).toEqual(['person:a-smith › claims', 'rel:jones-warned-smith › type']);
  });

  it('refuses unknown fields (typos) and names them', async () => {
    const files = validFiles();
    files.entities[0]!.sumary = 'typo';
    const error = await loadError(files);
    expect(error.issues[0]).toEqual(expect.objectContaining({ file: 'entities.json', record: 'person:a-smith' }));
    expect(error.issues[0]!.message).toContain('sumary');
  });

  it('names a file that is missing or is not JSON', async () => {
    const directory = writeDataset(validFiles());
    writeFileSync(join(directory, 'relations.json'), '[{"id": ');
    const error = (await loadDataset(directory).catch((caught: unknown) => caught)) as DatasetError;
    expect(error).toBeInstanceOf(DatasetError);
    expect(error.issues[0]).toEqual(expect.objectContaining({ file: 'relations.json', record: '-' }));
    expect(error.issues[0]!.message).toMatch(/not valid JSON/);
  });

  it('does not count dates of different precision that can mean the same day as a dispute', async () => {
    const files = validFiles();
    files.entities[2]!.claims = [
      { source: 'src-a', locator: '¶3', date: { edtf: '2003-05' }, note: 'Dated May.' },
      { source: 'src-b', locator: '¶4', date: { edtf: '../2003-06' }, note: 'By June.' },
      { source: 'src-b', locator: '¶5', date: { edtf: '2003' }, note: 'In 2003.' },
    ];
    const dataset = await loadDataset(writeDataset(files));
    expect(dataset.disputes).toEqual([]);
  });

  it('marks disagreements between sources as disputes, but not a source slip', async () => {
    const files = validFiles();
    const report = files.entities[2]!;
    report.claims = [
      { source: 'src-a', locator: '¶3', date: { edtf: '2003-05' }, note: 'Dated May.' },
      { source: 'src-b', locator: '¶4', date: { edtf: '2003-06' }, note: 'Dated June.' },
      { source: 'src-b', locator: '¶5', date: { edtf: '2030' }, note: 'A slip.', erratum: 'Almost certainly 2003.' },
    ];
    (files.relations[0]!.claims as unknown[]).push({ source: 'src-b', locator: '¶9', note: 'Denies it.', stance: 'contradicts' });
    const dataset = await loadDataset(writeDataset(files));
    expect(dataset.disputes.map((dispute) => [dispute.subject.id, dispute.field, dispute.claims.length])).toEqual([
      ['report:r-2003', 'date', 2],
      ['rel:jones-warned-smith', 'occurred', 2],
    ]);
    expect(dataset.entities[2]!.disputedFields).toEqual(['date']);
  });

  it('takes its kinds from kinds.json: an unknown kind, or an id without its kind\'s prefix, is named', async () => {
    const files = validFiles();
    files.kinds.push({ kind: 'PublicBody', label: 'Public body', plural: 'Public bodies', shape: 'hexagon', colour: '#0f766e', actor: true });
    files.entities.push({ id: 'publicbody:north-trust', kind: 'PublicBody', name: 'North Trust', summary: 'A body.', claims: [{ source: 'src-a', locator: '¶3', note: 'Named.' }] });
    files.entities.push({ id: 'agency:north-police', kind: 'Agency', name: 'North Police', summary: 'A force.', claims: [{ source: 'src-a', locator: '¶3', note: 'Named.' }] });
    files.entities.push({ id: 'person:north-trust', kind: 'PublicBody', name: 'Trust', summary: 'A body.', claims: [{ source: 'src-a', locator: '¶3', note: 'Named.' }] });
    const error = await loadError(files);
    expect(error.issues.map((issue) => `${issue.record} › ${issue.field}: ${issue.message}`)).toEqual([
      'agency:north-police › kind: unknown kind "Agency" (not in kinds.json)',
      'person:north-trust › id: a PublicBody id must start with "publicbody:"',
    ]);
  });

  it('refuses a kind that would take a label the stores use, or a shape the page cannot draw', async () => {
    const files = validFiles();
    files.kinds.push({ kind: 'Source', label: 'Source', plural: 'Sources', shape: 'ellipse', colour: '#000000', actor: false });
    files.kinds.push({ kind: 'Thing', label: 'Thing', plural: 'Things', shape: 'diamond', colour: 'blue', actor: false });
    const error = await loadError(files);
    expect(error.issues.map((issue) => `${issue.file} › ${issue.record} › ${issue.field}`)).toEqual([
      'kinds.json › Source › kind',
      'kinds.json › Thing › shape',
      'kinds.json › Thing › colour',
    ]);
  });

  it('needs dataset.json, and names its bad fields', async () => {
    const files = validFiles();
    files.dataset = { title: 'T', period: { edtf: 'the nineties' } };
    const error = await loadError(files);
    expect(error.issues.map((issue) => `${issue.file} › ${issue.field}`)).toEqual(['dataset.json › description']);
    const loaded = await loadDataset(writeDataset(validFiles()));
    expect(loaded.info).toEqual({ title: 'A test inquiry', description: 'Written for the tests.', period: { edtf: '2001/2014', text: null, earliest: '2001-01-01', latest: '2014-12-31' } });
  });
});
