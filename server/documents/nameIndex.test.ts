import { describe, expect, it } from 'vitest';
import { NameIndex } from './nameIndex';
import { CandidateCache, candidateNamesIn } from './candidateNames';
import { findMentions } from './mentions';

const index = () =>
  new NameIndex([
    { id: 'person:ann', name: 'Ann', aliases: [] },
    { id: 'agency:board', name: 'Safeguarding Board', aliases: ['The Board'] },
    { id: 'agency:north-board', name: 'North Safeguarding Board', aliases: [] },
    { id: 'person:zoe', name: 'Zoë Brontë', aliases: [] },
    { id: 'person:other-zoe', name: 'Zoe Bronte', aliases: [] },
  ]);

const named = (names: NameIndex, text: string) => names.find(text).map((match) => [match.entityId, text.slice(match.start, match.end)]);

describe('NameIndex', () => {
  it('matches whole words only', () => {
    expect(named(index(), 'The Annual report, as Ann said.')).toEqual([['person:ann', 'Ann']]);
  });

  it('gives overlapping names to the longest, and reads on after it', () => {
    expect(named(index(), 'The north safeguarding board met the Safeguarding Board.')).toEqual([
      ['agency:north-board', 'north safeguarding board'],
      ['agency:board', 'Safeguarding Board'],
    ]);
  });

  it('forgives case and accents, and gives a name two entities share to the smaller id', () => {
    expect(named(index(), 'ZOE BRONTË wrote.')).toEqual([['person:other-zoe', 'ZOE BRONTË']]);
  });

  it('matches aliases, and forgets or renames an entity when told', () => {
    const names = index();
    expect(named(names, 'the board wrote')).toEqual([['agency:board', 'the board']]);
    names.put('agency:board', null);
    expect(named(names, 'the board wrote; Safeguarding Board')).toEqual([]);
    names.put('person:ann', { id: 'person:ann', name: 'Ann Other', aliases: [] });
    expect(named(names, 'Ann Other and Ann')).toEqual([['person:ann', 'Ann Other']]);
  });

  it('knows a name only as a whole', () => {
    expect(index().isKnown('north safeguarding board')).toBe(true);
    expect(index().isKnown('North Safeguarding Board Office')).toBe(false);
    expect(index().isKnown('Bob')).toBe(false);
  });
});

describe('findMentions', () => {
  it('groups each paragraph by entity and leaves known names and names inside them out of the candidates', () => {
    const paragraphs = [
      { number: 1, text: 'Ann met Mary Whitehouse of the Home Office.' },
      { number: 2, text: 'Nothing here.' },
      { number: 3, text: 'Ann wrote to Ann and to Mary Whitehouse.' },
    ];
    const mentions = findMentions(paragraphs, index(), new CandidateCache());
    expect(mentions.paragraphs.map((paragraph) => [paragraph.number, paragraph.entities])).toEqual([
      [1, [{ entityId: 'person:ann', marks: [{ start: 0, end: 3 }] }]],
      [3, [{ entityId: 'person:ann', marks: [{ start: 0, end: 3 }, { start: 13, end: 16 }] }]],
    ]);
    expect(mentions.candidates).toEqual([
      { name: 'Mary Whitehouse', kind: 'PERSON', paragraphs: [1, 3] },
      { name: 'Home Office', kind: 'ORGANISATION', paragraphs: [1] },
    ]);
  });
});

describe('CandidateCache', () => {
  it('answers as candidateNamesIn, keeping only the paragraphs read last', () => {
    const cache = new CandidateCache(2);
    const first = cache.namesIn('Mary Whitehouse wrote.');
    expect(first).toEqual(candidateNamesIn('Mary Whitehouse wrote.'));
    expect(cache.namesIn('Mary Whitehouse wrote.')).toBe(first);
    cache.namesIn('The Home Office replied.');
    cache.namesIn('Nothing here.');
    // The least recently read went first.
    expect(cache.namesIn('Mary Whitehouse wrote.')).not.toBe(first);
  });
});
