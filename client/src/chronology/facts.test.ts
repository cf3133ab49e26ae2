import { describe, expect, it } from 'vitest';
import { chronologyHtml, chronologyMarkdown } from './exportChronology';
import { collectFacts, filterFacts, groupByYear } from './facts';
import { CLAIMS, ENTITIES, RELATIONS } from './fixtures.test-data';

describe('chronology list and export', () => {
  const facts = collectFacts(ENTITIES.values(), RELATIONS.values(), CLAIMS);

  it('orders dated facts (an open start at its end) and groups them by year', () => {
    expect(facts.map((f) => f.id)).toEqual(['rel:role', 'rel:authored', 'report:r', 'rel:warned', 'rel:told']);
    expect(groupByYear(facts).map((g) => g.year)).toEqual([1999, 2003, 2005]);
  });

  it('filters by actor and by relation type', () => {
    expect(filterFacts(facts, { actor: 'agency:police', relationType: null }).map((f) => f.id)).toEqual(['rel:warned', 'rel:told']);
    expect(filterFacts(facts, { actor: null, relationType: 'HELD_ROLE' }).map((f) => f.id)).toEqual(['rel:role']);
  });

  it('states each side of a disputed date', () => {
    expect(facts.find((f) => f.id === 'rel:role')?.disputes).toEqual([
      'The sources disagree on the date: Inquiry Report ¶3 gives 1999 (between 1 Jan 1999 and 31 Dec 1999); Newspaper ¶7 gives 2001 (between 1 Jan 2001 and 31 Dec 2001).',
    ]);
  });

  it('writes Markdown with one footnote per source paragraph, and every dispute', () => {
    const md = chronologyMarkdown(groupByYear(facts), { title: 'Chronology', scope: 'All facts.' });
    expect(md).toContain('## 2003');
    expect(md).toContain('- **2003**: The Report (2003) warned The Police.[^3]');
    expect(md).toContain('[^1]: Inquiry Report, ¶3.');
    expect(md).toContain('[^3]: Inquiry Report, ¶12.');
    expect(md).toContain('*Disputed:* The sources disagree on the date');
    expect(md).toContain('- **before June 2005**: The Police warned The Council.');
  });

  it('writes a printable HTML page with escaped text and numbered notes', () => {
    const html = chronologyHtml(groupByYear(facts), { title: 'A & B <chronology>', scope: 'All.' });
    expect(html).toContain('<title>A &amp; B &lt;chronology&gt;</title>');
    expect(html).toContain('<li id="note-3">Inquiry Report, ¶12.</li>');
    expect(html).toContain('<p class="dispute"><strong>Disputed:</strong>');
    expect(html).not.toContain('<script');
  });
});
