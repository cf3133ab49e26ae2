import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDataset } from '../../server/dataset';
import type { GraphStore } from '../../server/store/GraphStore';
import { buildSearchQuery, escapeLucene } from '../../server/store/neo4j/searchQuery';
import { TINY_FIXTURE } from '../contract/storeContract';
import { describeWithNeo4j, openLoadedStore, resetDatabase } from './neo4jTestSupport';

describeWithNeo4j('Neo4j search input handling', (uri) => {
  let store: GraphStore;

  beforeAll(async () => {
    store = await openLoadedStore(uri, await loadDataset(TINY_FIXTURE));
  });
  afterAll(async () => {
    await store?.close();
    await resetDatabase(uri);
  });

  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t u')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t\\ u',
    );
  });

  it('builds the query from folded words only, never from the raw text', () => {
    expect(buildSearchQuery('  ')).toBeNull();
    expect(buildSearchQuery('"*" :: ( ) ~')).toBeNull();
    const built = buildSearchQuery('Zoë OR name:x*');
    expect(built).not.toContain('Zoë');
    expect(built).toContain('name:zoe^4');
    // Lower-cased, so a typed OR is a plain word, not Lucene's operator.
    expect(built).toContain('name:or^4');
  });

  it('matches one-letter words as whole words only, as the embedded store does', () => {
    const built = buildSearchQuery('Brian P. Wright');
    expect(built).toContain('name:p^4');
    expect(built).not.toContain('p*');
    expect(built).toContain('name:brian*^2');
  });

  const awkward: [label: string, text: string][] = [
    ['quotes, OR, field and wildcard', '"foo" OR bar:* ('],
    ['only operators', 'AND OR NOT'],
    ['a lone *', '*'],
    ['a lone ?', '?'],
    ['unbalanced brackets', ')(][}{'],
    ['an empty field', 'name:'],
    ['an unclosed phrase', 'summary:"unclosed'],
    ['a backslash', '\\'],
    ['a regular expression', '/regex/'],
    ['fuzzy and boost syntax', 'a~~2^^3'],
    ['a 500-letter word', 'x'.repeat(500)],
    ['200 words', Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ')],
    ['emoji and symbols', '⚠️ 💥 Ω'],
  ];

  it.each(awkward)('does not throw for %s', async (_label, text) => {
    await expect(store.search({ text, first: 10 })).resolves.toBeInstanceOf(Array);
  });

  it('still finds entities when the text is full of syntax', async () => {
    const hits = await store.search({ text: '"Northtown" AND (Police)^2 OR name:*', first: 5 });
    expect(hits.map((hit) => hit.entity.id)).toContain('agency:northtown-police');
  });
});
