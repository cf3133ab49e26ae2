import type { Claim, FuzzyDate } from '../api/types';
import { collectFacts, disputeStatements, factDate, groupByYear } from '../chronology/facts';
import { describeDate, formatDate } from '../dates';
import { createFootnotes, type Footnotes } from './citations';
import type { Drawing, MeasureFor } from './drawing';
import { pictureElement } from './picture';
import type { Report } from './report';
import { el, raw, renderXml, type XmlAttributeValue, type XmlChildren, type XmlElement } from './xml';

// The case file: one printable HTML document of the view, with its picture, its chronology and
// its facts, each fact with footnoted citations (source title and paragraph), every dispute
// stated, and the sources listed. Self-contained (no scripts, nothing fetched), with print styles
// so the browser's "Save as PDF" gives a clean document.

const STYLE = `
body { font: 10.5pt/1.45 Georgia, 'Times New Roman', serif; color: #111; max-width: 62em; margin: 2em auto; padding: 0 1.2em; }
h1 { font-size: 1.6em; margin: 0 0 0.2em; } h2 { font-size: 1.2em; border-bottom: 1px solid #999; margin: 1.6em 0 0.5em; break-after: avoid; }
h3 { font-size: 1.02em; margin: 1em 0 0.3em; break-after: avoid; }
.about { margin: 0; color: #333; } .about.first { font-size: 1.1em; color: #111; }
figure { margin: 1em 0; break-inside: avoid; } figure svg { width: 100%; height: auto; max-height: 235mm; border: 0; }
figcaption { font-size: 0.9em; color: #444; }
ol.facts { list-style: none; padding: 0; margin: 0; } ol.facts li { margin: 0.35em 0; break-inside: avoid; }
.date { font-weight: bold; margin-right: 0.4em; }
.dispute { margin: 0.15em 0 0 1.5em; color: #7f1d1d; font-size: 0.95em; }
table { border-collapse: collapse; width: 100%; font-size: 0.95em; } thead { display: table-header-group; }
th, td { text-align: left; vertical-align: top; padding: 0.25em 0.5em 0.25em 0; border-bottom: 1px solid #ddd; }
th { border-bottom: 1.5px solid #666; } tr { break-inside: avoid; }
td.cites { white-space: nowrap; } sup { line-height: 0; } sup a { text-decoration: none; }
ol.notes, ol.sources { padding-left: 2.2em; } ol.notes li, ol.sources li { margin: 0.2em 0; break-inside: avoid; }
.muted { color: #555; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print { body { margin: 0; max-width: none; padding: 0; font-size: 10pt; } a { color: inherit; text-decoration: none; } h2 { break-before: auto; } }
`;

/** An HTML element: never written as `<x/>`, which HTML does not close. */
function h(name: string, attributes: Record<string, XmlAttributeValue> = {}, ...children: XmlChildren): XmlElement {
  return el(name, attributes, ...children, '');
}

/** Note marks "²,³" for these claims (nothing when there are none). */
function refs(claims: readonly Claim[], notes: Footnotes): XmlElement | null {
  const numbers = notes.numbersOf(claims);
  if (numbers.length === 0) return null;
  return h('sup', {}, numbers.map((n, i) => [i > 0 ? ',' : null, h('a', { href: `#note-${n}` }, String(n))]));
}

function dateCell(date: FuzzyDate | null): string {
  return date ? formatDate(date) : 'undated';
}

function disputes(lines: readonly string[]): XmlElement[] {
  return lines.map((line) => h('p', { class: 'dispute' }, h('strong', {}, 'Disputed:'), ` ${line}`));
}

export interface CaseFileOptions {
  measureFor?: MeasureFor;
}

/** The case file of the view as an HTML document. */
export function caseFileHtml(report: Report, drawing: Drawing, options: CaseFileOptions = {}): string {
  const notes = createFootnotes();
  const claims = new Map<string, readonly Claim[]>();
  for (const item of [...report.entities, ...report.relations]) claims.set(item.id, report.claimsOf(item.id));

  const chronology = groupByYear(collectFacts(report.entities, report.relations, claims));
  const chronologySection = h(
    'section',
    { id: 'chronology' },
    h('h2', {}, 'Chronology'),
    chronology.length === 0
      ? h('p', { class: 'muted' }, 'Nothing on view is dated.')
      : chronology.map((group) => [
          h('h3', {}, String(group.year)),
          h(
            'ol',
            { class: 'facts' },
            group.facts.map((fact) => h('li', {}, h('span', { class: 'date' }, factDate(fact)), `${fact.text}.`, refs(fact.claims, notes), disputes(fact.disputes))),
          ),
        ]),
  );

  const entityRows = report.entities.map((entity) => {
    const own = report.claimsOf(entity.id);
    return h(
      'tr',
      {},
      h('td', {}, entity.name, disputes(disputeStatements(entity.disputed ? entity.disputedFields : [], own))),
      h('td', {}, report.kinds.look(entity.kind).label),
      h('td', {}, dateCell(entity.date)),
      h('td', { class: 'cites' }, own.length === 0 ? 'none' : refs(own, notes)),
    );
  });
  const relationRows = report.relations.map((relation) => {
    const own = report.claimsOf(relation.id);
    const note = report.noteOf(relation.id);
    return h(
      'tr',
      {},
      h('td', {}, relation.date ? describeDate(relation.date).words : 'undated'),
      h(
        'td',
        {},
        `${relation.from.name} ${relation.label} ${relation.to.name}${relation.role ? ` (${relation.role})` : ''}.`,
        note ? h('p', { class: 'about' }, note) : null,
        disputes(disputeStatements(relation.disputed ? relation.disputedFields : [], own)),
      ),
      h('td', { class: 'cites' }, own.length === 0 ? 'none' : refs(own, notes)),
    );
  });
  const factsSection = h(
    'section',
    { id: 'facts' },
    h('h2', {}, 'Facts on view'),
    h('h3', {}, `Entities (${report.entities.length})`),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Kind'), h('th', {}, 'Date'), h('th', {}, 'Sources'))), h('tbody', {}, entityRows)),
    h('h3', {}, `Relations (${report.relations.length})`),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Date'), h('th', {}, 'Fact'), h('th', {}, 'Sources'))), h('tbody', {}, relationRows)),
  );

  const notesSection = h(
    'section',
    { id: 'notes' },
    h('h2', {}, 'Notes'),
    h('ol', { class: 'notes' }, notes.list().map((text, i) => h('li', { id: `note-${i + 1}` }, text))),
  );
  const sourcesSection = h(
    'section',
    { id: 'sources' },
    h('h2', {}, `Sources cited (${report.sources.length})`),
    h(
      'ol',
      { class: 'sources' },
      report.sources.map(({ source, claims: count }) =>
        h(
          'li',
          {},
          h('cite', {}, source.title),
          [source.author, source.publisher, source.published ? describeDate(source.published).words : null].filter(Boolean).map((part) => `, ${part}`).join(''),
          `. Reliability ${source.reliability.toLowerCase()}; cited ${count} ${count === 1 ? 'time' : 'times'} on view.`,
        ),
      ),
    ),
  );

  const picture = pictureElement(report, drawing, { header: false, sources: false, measureFor: options.measureFor });
  const html = h(
    'html',
    { lang: 'en' },
    h('head', {}, el('meta', { charset: 'utf-8' }), h('title', {}, `${report.title}: ${report.subtitle}`), h('style', {}, raw(STYLE))),
    h(
      'body',
      {},
      h(
        'header',
        {},
        h('h1', {}, report.title),
        h('p', { class: 'about first' }, report.subtitle),
        h('p', { class: 'about' }, report.filters),
        h('p', { class: 'about' }, report.asOf),
        h('p', { class: 'about' }, report.exported),
      ),
      h('figure', {}, picture, h('figcaption', {}, 'The graph as it was on screen. Numbers in the text refer to the notes; every fact is in our own words.')),
      chronologySection,
      factsSection,
      notesSection,
      sourcesSection,
    ),
  );
  // The XML writer escapes every text; the doctype makes it an HTML5 document.
  return `<!doctype html>\n${renderXml(html)}`;
}
