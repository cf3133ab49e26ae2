import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The files of a data set, as plain JSON values, so tests can break them on purpose. */
export interface DatasetFiles {
  dataset: unknown;
  kinds: unknown[];
  sources: unknown[];
  vocabulary: unknown[];
  entities: Record<string, unknown>[];
  relations: Record<string, unknown>[];
}

/** A minimal valid data set: two sources, two people, one warning, one report. */
export function validFiles(): DatasetFiles {
  const claim = (source = 'src-a', locator = '¶1') => ({ source, locator, note: 'Says so in our words.' });
  return {
    dataset: { title: 'A test inquiry', period: { edtf: '2001/2014' }, description: 'Written for the tests.' },
    kinds: [
      { kind: 'Person', label: 'Person', plural: 'People', shape: 'ellipse', colour: '#1d4ed8', actor: true },
      { kind: 'Report', label: 'Report', plural: 'Reports', shape: 'tag', colour: '#7c3aed', actor: false },
    ],
    sources: [
      { id: 'src-a', title: 'Source A', reliability: 'HIGH' },
      { id: 'src-b', title: 'Source B', reliability: 'LOW', published: { edtf: '2014-08' } },
    ],
    vocabulary: [
      { type: 'WARNED', label: 'warned', description: 'from warned to', carriesKnowledge: true },
      { type: 'AUTHORED', label: 'authored', description: 'from wrote to', carriesKnowledge: false },
    ],
    entities: [
      { id: 'person:a-smith', kind: 'Person', name: 'A. Smith', summary: 'An official.', claims: [claim()] },
      { id: 'person:b-jones', kind: 'Person', name: 'B. Jones', summary: 'An analyst.', claims: [claim('src-b', '¶2')] },
      { id: 'report:r-2003', kind: 'Report', name: 'Report 2003', summary: 'A report.', date: { edtf: '2003' }, claims: [claim()] },
    ],
    relations: [
      { id: 'rel:jones-warned-smith', type: 'WARNED', from: 'person:b-jones', to: 'person:a-smith', date: { edtf: '2009-23', text: 'autumn 2009' }, claims: [claim()] },
      { id: 'rel:jones-authored-r-2003', type: 'AUTHORED', from: 'person:b-jones', to: 'report:r-2003', claims: [claim('src-b')] },
    ],
  };
}

/** Writes the files into a fresh temporary folder and returns its path. */
export function writeDataset(files: DatasetFiles): string {
  const directory = mkdtempSync(join(tmpdir(), 'inquiry-graph-dataset-'));
  for (const [name, records] of Object.entries(files)) {
    writeFileSync(join(directory, `${name}.json`), JSON.stringify(records, null, 2));
  }
  return directory;
}
