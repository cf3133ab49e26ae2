import { describe, expect, it } from 'vitest';
import { knowledgeLinks } from '../../seed/knowledgeLinks';
import { loadDataset } from '../../server/dataset';
import { validFiles, writeDataset } from './datasetFactory';

/** The factory's set, with AUTHORED crediting its author and three more warnings. */
async function dataset() {
  const files = validFiles();
  const claim = (locator: string) => [{ source: 'src-a', locator, note: 'Says so in our words.' }];
  (files.vocabulary[1] as Record<string, unknown>).creditsAuthor = true;
  files.relations.push(
    { id: 'rel:r-2003-warned-smith', type: 'WARNED', from: 'report:r-2003', to: 'person:a-smith', date: { edtf: '2003' }, claims: claim('¶3') },
    { id: 'rel:r-2003-warned-jones', type: 'WARNED', from: 'report:r-2003', to: 'person:b-jones', date: { edtf: '../2002' }, claims: claim('¶4') },
    { id: 'rel:smith-warned-jones', type: 'WARNED', from: 'person:a-smith', to: 'person:b-jones', claims: claim('¶5') },
  );
  return loadDataset(writeDataset(files));
}

const summary = (rows: { actor: string; links: { relationId: string; through: string | null }[] }[]) =>
  rows.map((row) => [row.actor, row.links.map((link) => (link.through ? `${link.relationId} (through ${link.through})` : link.relationId))]);

describe('knowledge links per actor', () => {
  it('lists what reached each receiver, in date order (open start first, undated last)', async () => {
    const { received } = knowledgeLinks(await dataset());
    expect(summary(received)).toEqual([
      ['person:b-jones', ['rel:r-2003-warned-jones', 'rel:smith-warned-jones']],
      ['person:a-smith', ['rel:r-2003-warned-smith', 'rel:jones-warned-smith']],
    ]);
    const first = received[1]?.links[0];
    expect(first).toMatchObject({ type: 'WARNED', from: 'report:r-2003', to: 'person:a-smith', citations: ['src-a ¶3'] });
    expect(first?.date?.edtf).toBe('2003');
  });

  it('credits the author of a warning report with the concerns it raised', async () => {
    const { raised } = knowledgeLinks(await dataset());
    expect(summary(raised)).toEqual([
      ['person:b-jones', ['rel:r-2003-warned-jones (through report:r-2003)', 'rel:r-2003-warned-smith (through report:r-2003)', 'rel:jones-warned-smith']],
      ['report:r-2003', ['rel:r-2003-warned-jones', 'rel:r-2003-warned-smith']],
      ['person:a-smith', ['rel:smith-warned-jones']],
    ]);
  });

  it('ignores relations that carry no knowledge', async () => {
    const { received, raised } = knowledgeLinks(await dataset());
    const ids = [...received, ...raised].flatMap((row) => row.links.map((link) => link.relationId));
    expect(ids).not.toContain('rel:jones-authored-r-2003');
  });
});
