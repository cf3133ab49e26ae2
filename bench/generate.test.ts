import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../server/dataset';
import { DATASET_FILES, writeDataset } from './generate';
import { pickSamples } from './samples';

// The generator's output is a valid data set in our format, the same every time, and has the
// features the benchmark relies on. No timing here: timings live in bench/results only.

const root = mkdtempSync(join(tmpdir(), 'bench-generate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));


describe('bench/generate', () => {
  const first = join(root, 'a');
  const second = join(root, 'b');
  const manifest = writeDataset(first, 400);
  writeDataset(second, 400);
  let dataset: Dataset;

  it('writes the same files for the same size', () => {
    for (const file of DATASET_FILES) expect(readFileSync(join(second, file), 'utf8')).toBe(readFileSync(join(first, file), 'utf8'));
  });

  it('loads through loadDataset with about ten relations per entity', async () => {
    dataset = await loadDataset(first);
    expect(dataset.entities).toHaveLength(400);
    expect(dataset.relations).toHaveLength(4_000);
    expect(manifest.relations).toBe(4_000);
  });

  it('has every kind, claims on every record, and disputes of each kind', () => {
    expect(new Set(dataset.entities.map((entity) => entity.kind))).toEqual(new Set(['Person', 'Agency', 'Report', 'Event']));
    expect(dataset.entities.every((entity) => entity.claims.length > 0)).toBe(true);
    expect(dataset.relations.every((relation) => relation.claims.length > 0)).toBe(true);
    const fields = new Set(dataset.disputes.map((dispute) => dispute.field.split(':')[0]));
    expect(fields).toContain('date');
    expect(fields).toContain('occurred');
  });

  it('uses fuzzy dates of several precisions', () => {
    const edtf = dataset.relations.flatMap((relation) => (relation.date ? [relation.date.edtf] : []));
    expect(edtf.some((value) => /^\d{4}-\d{2}-\d{2}$/.test(value))).toBe(true);
    expect(edtf.some((value) => /^\d{4}-\d{2}$/.test(value))).toBe(true);
    expect(edtf.some((value) => /^\d{4}-2[1-4]$/.test(value))).toBe(true);
    expect(edtf.some((value) => value.endsWith('~'))).toBe(true);
    expect(edtf.some((value) => value.includes('/'))).toBe(true);
    expect(edtf.some((value) => value.startsWith('../'))).toBe(true);
  });

  it('only uses relation types of the vocabulary it wrote', () => {
    const types = new Set(dataset.vocabulary.map((type) => type.type));
    expect(dataset.relations.every((relation) => types.has(relation.type))).toBe(true);
  });

  it('picks connected path pairs and the same samples every time', () => {
    const samples = pickSamples(dataset, 10);
    expect(samples.pathPairs.length).toBeGreaterThan(0);
    expect(samples.pathPairs.every(([from, to]) => from !== to)).toBe(true);
    expect(pickSamples(dataset, 10)).toEqual(samples);
  });
});
