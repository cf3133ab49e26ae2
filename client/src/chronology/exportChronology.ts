import { createFootnotes } from '../export/citations';
import { escapeAttribute, escapeText } from '../export/xml';
import { factDate, type YearGroup } from './facts';

// The chronology for a report: Markdown and a printable HTML page, each fact with footnoted
// citations (source title, paragraph) and every dispute stated.

export interface ExportOptions {
  title: string;
  /** One line under the title: what was included (filters). */
  scope: string;
}

/** The chronology as Markdown with footnotes ([^1]). */
export function chronologyMarkdown(groups: readonly YearGroup[], options: ExportOptions): string {
  const notes = createFootnotes();
  const lines = [`# ${options.title}`, '', options.scope, ''];
  for (const group of groups) {
    lines.push(`## ${group.year}`, '');
    for (const fact of group.facts) {
      const refs = notes.numbersOf(fact.claims).map((n) => `[^${n}]`).join('');
      lines.push(`- **${factDate(fact)}**: ${fact.text}.${refs}`);
      for (const dispute of fact.disputes) lines.push(`  - *Disputed:* ${dispute}`);
    }
    lines.push('');
  }
  const list = notes.list();
  if (list.length > 0) lines.push(...list.map((text, i) => `[^${i + 1}]: ${text}`), '');
  return lines.join('\n');
}

/** The chronology as a printable HTML page (no scripts, no outside resources). */
export function chronologyHtml(groups: readonly YearGroup[], options: ExportOptions): string {
  const notes = createFootnotes();
  const body: string[] = [];
  for (const group of groups) {
    body.push(`<h2>${group.year}</h2>`, '<ol class="facts">');
    for (const fact of group.facts) {
      const refs = notes.numbersOf(fact.claims)
        .map((n) => `<sup><a href="#note-${n}" id="ref-${n}-${escapeAttribute(fact.id)}">${n}</a></sup>`)
        .join('');
      const disputes = fact.disputes.map((d) => `<p class="dispute"><strong>Disputed:</strong> ${escapeText(d)}</p>`).join('');
      body.push(`<li><span class="date">${escapeText(factDate(fact))}</span> ${escapeText(fact.text)}.${refs}${disputes}</li>`);
    }
    body.push('</ol>');
  }
  const list = notes.list().map((text, i) => `<li id="note-${i + 1}">${escapeText(text)}</li>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeText(options.title)}</title>
<style>
body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #111; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; border-bottom: 1px solid #999; margin-top: 1.4em; }
ol.facts { list-style: none; padding: 0; } ol.facts li { margin: 0.5em 0; break-inside: avoid; }
.date { font-weight: bold; margin-right: 0.4em; } .dispute { margin: 0.2em 0 0 1.5em; color: #7f1d1d; }
.notes { font-size: 0.9em; border-top: 1px solid #999; margin-top: 2em; }
@media print { a { color: inherit; text-decoration: none; } }
</style>
</head>
<body>
<h1>${escapeText(options.title)}</h1>
<p>${escapeText(options.scope)}</p>
${body.join('\n')}
<section class="notes"><h2>Sources</h2><ol>
${list.join('\n')}
</ol></section>
</body>
</html>
`;
}
