// `npm run data:check [-- --data <folder>] [--sources <folder>]`: loads a data set, prints a
// curation report and exits 1 when the set fails to load or any "must be 0" count is not 0.
// Locators are counted against the set's own documents/ folder when it has one, else against
// --sources (default ../shared/sources, where this repository's source texts sit).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DOCUMENTS_FOLDER, readDocumentFiles, splitParagraphs } from '../server/documents';
import { DatasetError, DEFAULT_DATASET_DIR, loadDataset } from '../server/dataset';
import { datasetReport, type DatasetReport, type ParagraphCounts } from './datasetReport';
import type { ActorLinks, KnowledgeLink } from './knowledgeLinks';

/** Source texts kept outside the data set: <repo>/../shared/sources. */
const SHARED_SOURCES_DIR = resolve(import.meta.dirname, '..', '..', 'shared', 'sources');

function folderArg(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  if (index === -1) return undefined;
  const value = argv[index + 1];
  if (!value) {
    console.error(`${name} needs a folder`);
    process.exit(2);
  }
  return resolve(value);
}

/** Counts non-empty lines per source file, the unit that "¶N" locators count. */
async function paragraphCounts(directory: string): Promise<ParagraphCounts | undefined> {
  if (!existsSync(directory)) return undefined;
  return new Map((await readDocumentFiles(directory)).map((document) => [document.id, splitParagraphs(document.text).length]));
}

function section(title: string, lines: string[]): void {
  console.log(`\n${title}`);
  for (const line of lines.length > 0 ? lines : ['(none)']) console.log(`  ${line}`);
}

function mustBeZero(label: string, items: string[]): string {
  return `${label}: ${items.length}${items.length > 0 ? `  <- must be 0: ${items.join(', ')}` : ''}`;
}

/** One line per link: date, type, the other end, the work it came through, citations. */
function knowledgeSection(title: string, rows: ActorLinks[], otherEnd: (link: KnowledgeLink) => string): void {
  const lines = rows.flatMap(({ actor, links }) => [
    actor,
    ...links.map((link) => {
      const date = (link.date?.edtf ?? 'undated (not used)').padEnd(21);
      const through = link.through ? `  through ${link.through}` : '';
      return `  ${date} ${link.type.padEnd(16)} ${otherEnd(link)}${through}  ${link.citations.join('; ')}`;
    }),
  ]);
  section(title, lines);
}

function print(report: DatasetReport, sourcesDir: string, sourcesFound: boolean): void {
  const entityTotal = Object.values(report.entitiesByKind).reduce((a, b) => a + b, 0);
  const relationTotal = Object.values(report.relationsByType).reduce((a, b) => a + b, 0);
  console.log(`Data set "${report.name}": ${entityTotal} entities, ${relationTotal} relations, ${report.claims} claims, ${report.disputes.length} disputes`);

  section('Entities by kind', Object.entries(report.entitiesByKind).map(([kind, n]) => `${kind.padEnd(8)} ${n}`));
  section(
    'Relations by type',
    Object.entries(report.relationsByType)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([type, n]) => `${type.padEnd(26)} ${n}${n === 0 ? '  (unused)' : ''}`),
  );
  section('Claims per source', report.claimsPerSource.map((s) => `${s.sourceId}  ${s.reliability.padEnd(6)} ${s.claims}`));

  section('Checks', [
    mustBeZero('Uncited entities or relations', report.uncited),
    mustBeZero('Entities with no relation', report.isolated),
    'Dates that failed to parse: 0 (a bad date is a load error, so a loaded set has none)',
    sourcesFound
      ? mustBeZero('Locators beyond the end of their source', (report.locatorProblems ?? []).map(
          (p) => `${p.subject} ${p.field} ${p.sourceId} ${p.locator} (source has ${p.paragraphs ?? 'no file'})`,
        ))
      : `Locators: not checked (no sources at ${sourcesDir})`,
  ]);

  section(
    'Disputes',
    report.disputes.map(
      (d) => `${d.subject} [${d.field}]: ${d.claims.map((c) => `${c.sourceId} ${c.locator} ${c.date ?? 'undated'}${c.stance === 'contradicts' ? ' (contradicts)' : ''}`).join('; ')}`,
    ),
  );
  const carrying = new Set(report.knowledge.received.flatMap((row) => row.links.map((link) => link.relationId))).size;
  knowledgeSection(`Knowledge received directly, per actor (${carrying} knowledge-carrying relations)`, report.knowledge.received, (link) => `from ${link.from}`);
  knowledgeSection('Concerns raised, per actor (as the from end, or as author of it)', report.knowledge.raised, (link) => `to ${link.to}`);
  section('Claims with errata', report.errata.map((e) => `${e.subject} [${e.field}] ${e.sourceId} ${e.locator}: ${e.erratum}`));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const directory = folderArg(argv, '--data') ?? DEFAULT_DATASET_DIR;
  let dataset;
  try {
    dataset = await loadDataset(directory);
  } catch (error) {
    if (error instanceof DatasetError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const ownDocuments = dataset.documents ?? [];
  const sourcesDir = ownDocuments.length > 0 ? join(directory, DOCUMENTS_FOLDER) : (folderArg(argv, '--sources') ?? SHARED_SOURCES_DIR);
  const counts = ownDocuments.length > 0
    ? new Map(ownDocuments.map((document) => [document.id, splitParagraphs(document.text).length]))
    : await paragraphCounts(sourcesDir);
  const report = datasetReport(dataset, counts);
  print(report, sourcesDir, counts !== undefined);
  if (report.failures.length > 0) {
    console.error(`\nFAILED: ${report.failures.join('; ')}`);
    process.exit(1);
  }
  console.log('\nOK');
}

await main();
