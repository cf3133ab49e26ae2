import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetReport } from '../../seed/datasetReport';
import { loadDataset, type Dataset } from '../../server/dataset';

const SOURCES_DIR = resolve(import.meta.dirname, '../../../shared/sources');
const SHINGLE = 8;

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9\s]/g, ' ').split(/\s+/).filter(Boolean);
}

function shingles(text: string, names: string[] = []): Set<string> {
  // Proper names (a body's full title) may be repeated exactly; sentences may not.
  let normalized = ` ${words(text).join(' ')} `;
  for (const name of names) normalized = normalized.replaceAll(` ${name} `, ' xname ');
  const list = normalized.split(' ').filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= list.length; i++) out.add(list.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** Every piece of prose we wrote: summaries, notes, date wordings. */
function ourProse(dataset: Dataset): { where: string; text: string }[] {
  const claims = [...dataset.entities.flatMap((e) => [...e.claims, ...e.figures.flatMap((f) => f.claims)]), ...dataset.relations.flatMap((r) => r.claims)];
  return [
    ...dataset.entities.map((e) => ({ where: `${e.id} summary`, text: e.summary })),
    ...dataset.relations.flatMap((r) => (r.note ? [{ where: `${r.id} note`, text: r.note }] : [])),
    ...claims.map((c) => ({ where: `claim ${c.sourceId} ${c.locator}`, text: `${c.note} ${c.erratum ?? ''}` })),
  ];
}

describe('the Rotherham data set', () => {
  let dataset: Dataset;
  beforeAll(async () => {
    dataset = await loadDataset();
  });

  it('has every record cited and every entity related', () => {
    const report = datasetReport(dataset);
    expect(report.uncited).toEqual([]);
    expect(report.isolated).toEqual([]);
    expect(report.failures).toEqual([]);
  });

  it('keeps the known disagreements between sources', () => {
    const byKey = new Map(dataset.disputes.map((d) => [`${d.subject.id} ${d.field}`, d]));
    const published = byKey.get('report:jay-2014 date');
    expect(published?.claims.map((c) => c.date?.edtf).sort()).toEqual(['2014-08-21', '2014-08-26', '2014-08-27']);
    const resigned = byKey.get('rel:wright-resigned-after-jay occurred');
    expect(resigned?.claims.map((c) => [c.sourceId.slice(0, 3), c.stance])).toEqual([['001', 'supports'], ['003', 'contradicts']]);
    const earlierConviction = byKey.get('event:conviction-2007 occurred');
    expect(earlierConviction?.claims.map((c) => [c.sourceId.slice(0, 3), c.stance])).toEqual([['003', 'supports'], ['004', 'contradicts']]);
    const policeInaction = byKey.get('rel:police-dismissed-cse occurred');
    expect(policeInaction?.claims.map((c) => c.stance)).toContain('contradicts');
  });

  it('uses every relation type it declares, and dates every knowledge-carrying relation', () => {
    const used = new Set(dataset.relations.map((r) => r.type));
    expect(dataset.vocabulary.map((t) => t.type).filter((type) => !used.has(type))).toEqual([]);
    const carrying = new Set(dataset.vocabulary.filter((t) => t.carriesKnowledge).map((t) => t.type));
    expect(dataset.relations.filter((r) => carrying.has(r.type) && r.date === null).map((r) => r.id)).toEqual([]);
  });

  it('keeps dates no more precise than the sources', () => {
    // "By December 2009" stays "by": an open start, not the month.
    const notice = dataset.relations.find((r) => r.id === 'rel:minister-served-notice-on-council');
    expect(notice?.date).toMatchObject({ edtf: '../2009-12', earliest: null, latest: '2009-12-31' });
    // No source gives both ends of any role here, so no role is closed at both ends.
    const closedRoles = dataset.relations.filter((r) => r.type === 'HELD_ROLE' && r.date && r.date.earliest !== null && r.date.latest !== null);
    expect(closedRoles.map((r) => `${r.id} ${r.date?.edtf}`)).toEqual([]);
  });

  it("flags the timeline's 'November 2020' as a slip of its source, not a dispute", () => {
    const convictions = dataset.entities.find((e) => e.id === 'event:convictions-2010');
    const slip = convictions?.claims.find((c) => c.date?.edtf === '2020-11');
    expect(slip?.erratum).toMatch(/2010/);
    expect(convictions?.disputedFields).toEqual([]);
  });

  it('cites only paragraphs that exist, when the sources are beside the repository', () => {
    if (!existsSync(SOURCES_DIR)) return;
    const counts = new Map(
      readdirSync(SOURCES_DIR)
        .filter((file) => file.endsWith('.txt'))
        .map((file) => [file.replace(/\.txt$/, ''), readFileSync(join(SOURCES_DIR, file), 'utf8').split('\n').filter((l) => l.trim()).length]),
    );
    expect(datasetReport(dataset, counts).locatorProblems).toEqual([]);
  });

  it(`never pastes a source sentence (no run of ${SHINGLE} words in common with a source)`, () => {
    if (!existsSync(SOURCES_DIR)) return;
    const sourceShingles = new Set<string>();
    for (const file of readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.txt'))) {
      for (const s of shingles(readFileSync(join(SOURCES_DIR, file), 'utf8'))) sourceShingles.add(s);
    }
    const names = dataset.entities
      .flatMap((e) => [e.name, ...e.aliases])
      .map((name) => words(name).join(' '))
      .sort((a, b) => b.length - a.length);
    const pasted = ourProse(dataset).flatMap(({ where, text }) => [...shingles(text, names)].filter((s) => sourceShingles.has(s)).map((s) => `${where}: "${s}"`));
    expect(pasted).toEqual([]);
  });
});
