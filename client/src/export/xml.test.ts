import { DOMParser } from '@xmldom/xmldom';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { el, escapeAttribute, escapeText, raw, renderXml } from './xml';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', trimValues: false, parseTagValue: false, parseAttributeValue: false, htmlEntities: true });

describe('xml writer', () => {
  it('escapes text and attributes so a parser reads back exactly what went in', () => {
    const nasty = `Tom & "Jerry" <script>alert('x')</script> ]]> end`;
    const xml = renderXml(el('root', { title: nasty, tabbed: 'a\tb\nc' }, el('p', {}, nasty)));
    const parsed = parser.parse(xml);
    expect(parsed.root['@title']).toBe(nasty);
    expect(parsed.root.p).toBe(nasty);
    // A DOM parser agrees, including whitespace in attributes (which parsers normalise unless escaped).
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.documentElement?.getAttribute('tabbed')).toBe('a\tb\nc');
    expect(parsed.root['@tabbed']).toBe('a\tb\nc');
    expect(doc.getElementsByTagName('p')[0]?.textContent).toBe(nasty);
  });

  it('drops characters XML cannot hold and keeps the rest of Unicode', () => {
    expect(escapeText('a\u0000b\u0007c\uFFFEd')).toBe('abcd');
    expect(escapeText('¶12 – Jay “report” 😀')).toBe('¶12 – Jay “report” 😀');
    expect(escapeText('lone \uD800 surrogate')).toBe('lone  surrogate');
    expect(escapeAttribute(`'"`)).toBe(`'&quot;`);
  });

  it('leaves out null attributes, writes numbers plainly, flattens children', () => {
    const xml = renderXml(el('g', { a: null, b: undefined, x: 1.23456, y: 2, on: true }, [el('i'), null, [false, [[]]]], 'text', undefined));
    expect(xml).toBe('<g x="1.235" y="2" on="true"><i/>text</g>\n');
    expect(() => renderXml(el('g', { x: Number.NaN }))).toThrow(/NaN/);
  });

  it('refuses names that are not XML names', () => {
    expect(() => el('bad name')).toThrow(/not a valid XML name/);
    expect(() => renderXml(el('ok', { 'on"click': 'x' }))).toThrow(/not a valid XML name/);
  });

  it('indents element-only content and leaves mixed content as it is', () => {
    const xml = renderXml(el('a', {}, el('b', {}, el('c')), el('d', {}, 'one ', el('em', {}, 'two'), ' three')), { declaration: true, indent: true });
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a>\n  <b>\n    <c/>\n  </b>\n  <d>one <em>two</em> three</d>\n</a>\n');
  });

  it('writes raw markup as it is', () => {
    expect(renderXml(el('div', {}, raw('<svg/>')))).toBe('<div><svg/></div>\n');
  });
});
