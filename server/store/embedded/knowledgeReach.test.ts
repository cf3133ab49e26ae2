import { describe, expect, it } from 'vitest';
import { parseFuzzyDate, type Relation, type RelationType } from '../../dataset';
import { type IsActor, KnowledgeReach } from './knowledgeReach';

// The institutional walk on small literal graphs: which chain wins, how far it goes, and which
// links count at the warning's date. (The store contract covers the same rules on both stores.)

const VOCABULARY: RelationType[] = [
  { type: 'WARNED', label: 'warned', description: 'd', carriesKnowledge: true, passesKnowledge: null, creditsAuthor: false },
  { type: 'PART_OF', label: 'is part of', description: 'd', carriesKnowledge: false, passesKnowledge: 'forward', creditsAuthor: false },
  { type: 'MEMBER_OF', label: 'member of', description: 'd', carriesKnowledge: false, passesKnowledge: 'both', creditsAuthor: false },
];

const relation = (id: string, type: string, from: string, to: string, edtf?: string): Relation => ({
  id, type, label: type, from, to, role: null, date: edtf === undefined ? null : parseFuzzyDate(edtf), note: null, claims: [], disputedFields: [], version: 1,
});

const everyone: IsActor = () => true;
const reachOf = (relations: Relation[], isActor = everyone) => new KnowledgeReach(relations, VOCABULARY, isActor);
const items = (reach: KnowledgeReach, actor: string) =>
  reach.itemsReaching(actor, 'INSTITUTIONAL').map((item) => [item.relation.id, item.chain.map((link) => link.id)]).sort();

describe('KnowledgeReach', () => {
  it('passes knowledge only the way the vocabulary says', () => {
    // PART_OF is forward only: the team's knowledge is the council's, not the other way round.
    const reach = reachOf([
      relation('rel:w1', 'WARNED', 'x', 'team', '2003'),
      relation('rel:w2', 'WARNED', 'x', 'council', '2004'),
      relation('rel:p', 'PART_OF', 'team', 'council'),
    ]);
    expect(items(reach, 'council')).toEqual([['rel:w1', ['rel:p']]]);
    expect(items(reach, 'team')).toEqual([]);
    expect(reach.itemsReaching('team', 'DIRECT').map((item) => item.relation.id)).toEqual(['rel:w1']);
  });

  it('gives actors only knowledge, and passes none through an entity of another kind', () => {
    // The report is warned and sits between the team and the council: nothing it was told
    // reaches anyone, and the team's warning does not cross it to the council.
    const relations = [
      relation('rel:w-report', 'WARNED', 'x', 'report', '2003'),
      relation('rel:w-team', 'WARNED', 'x', 'team', '2004'),
      relation('rel:team-report', 'PART_OF', 'team', 'report'),
      relation('rel:report-council', 'PART_OF', 'report', 'council'),
      relation('rel:member', 'MEMBER_OF', 'member', 'report'),
    ];
    const reach = reachOf(relations, (entity) => entity !== 'report');
    expect(reach.itemsReaching('report', 'DIRECT')).toEqual([]);
    expect(reach.firstReaching('report', 'DIRECT', 'earliest')).toBeNull();
    expect(items(reach, 'report')).toEqual([]);
    expect(items(reach, 'council')).toEqual([]);
    expect(items(reach, 'member')).toEqual([]);
    expect(reach.firstReaching('council', 'INSTITUTIONAL', 'earliest')).toBeNull();
    expect(reach.affectedBy(relations[0] as Relation).reachings).toEqual([]);
    // The same graph where the report may know: it does, and passes both warnings on.
    expect(items(reachOf(relations), 'council')).toEqual([['rel:w-report', ['rel:report-council']], ['rel:w-team', ['rel:team-report', 'rel:report-council']]]);
  });

  it('goes two links, no further, and prefers the shorter chain, then the smaller ids', () => {
    const reach = reachOf([
      relation('rel:w', 'WARNED', 'x', 'team', '2003'),
      relation('rel:p', 'PART_OF', 'team', 'council'),
      relation('rel:m-b', 'MEMBER_OF', 'member', 'council'),
      relation('rel:m-a', 'MEMBER_OF', 'member', 'council'),
      relation('rel:far', 'MEMBER_OF', 'far', 'member'),
    ]);
    expect(items(reach, 'member')).toEqual([['rel:w', ['rel:p', 'rel:m-a']]]);
    expect(items(reach, 'far')).toEqual([]);
  });

  it('uses a link only when it overlaps the warning, and never returns a warning to its sender', () => {
    const reach = reachOf([
      relation('rel:early', 'WARNED', 'x', 'council', '1999'),
      relation('rel:late', 'WARNED', 'x', 'council', '2009'),
      relation('rel:open', 'WARNED', 'x', 'council', '../2001'),
      relation('rel:own', 'WARNED', 'member', 'council', '2009'),
      relation('rel:post', 'MEMBER_OF', 'member', 'council', '2001/2005'),
    ]);
    expect(items(reach, 'member')).toEqual([['rel:open', ['rel:post']]]);
  });
});

describe('KnowledgeReach.firstReaching', () => {
  // Checked against the plain definition: of every item reaching the actor, the first by the
  // chosen end (bounded ends only for 'latest'), then relation id, then the better chain.
  const years = ['1998', '2001', '2003', '2005', '2008', '2010', '2013'];
  function randomRelations(seed: number): Relation[] {
    let state = seed;
    const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    const entities = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const spans = [undefined, ...years, '../2004', '2006/..', '2001/2009', '2003-23', '2010~'];
    const relations: Relation[] = [];
    for (let index = 0; index < 30; index++) {
      const from = pick(entities);
      const to = pick(entities.filter((entity) => entity !== from));
      const type = pick(['WARNED', 'WARNED', 'PART_OF', 'MEMBER_OF']);
      relations.push(relation(`rel:${String(index).padStart(2, '0')}`, type, from, to, type === 'WARNED' ? pick(years) : pick(spans)));
    }
    return relations;
  }
  const compare = (a: { relation: Relation; chain: readonly Relation[] }, b: { relation: Relation; chain: readonly Relation[] }, end: 'earliest' | 'latest') => {
    const day = (item: typeof a) => (end === 'earliest' ? item.relation.date?.earliest ?? '' : item.relation.date?.latest ?? '\uffff');
    const ids = (item: typeof a) => [item.relation.id, String(item.chain.length), ...item.chain.map((link) => link.id)].join(' ');
    return day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : ids(a) < ids(b) ? -1 : ids(a) > ids(b) ? 1 : 0;
  };

  it.each([0, 64])('agrees with sorting every item, on random graphs (trees from %i arrivals)', (treeFrom) => {
    for (let seed = 1; seed <= 200; seed++) {
      // 'c' is of a kind that cannot know: it neither knows nor passes knowledge on.
      const reach = new KnowledgeReach(randomRelations(seed), VOCABULARY, (entity) => entity !== 'c', { treeFrom });
      for (const actor of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
        for (const end of ['earliest', 'latest'] as const) {
          const items = reach.itemsReaching(actor, 'INSTITUTIONAL').filter((item) => end === 'earliest' || item.relation.date.latest !== null);
          const expected = items.sort((a, b) => compare(a, b, end))[0] ?? null;
          const found = reach.firstReaching(actor, 'INSTITUTIONAL', end);
          expect([seed, actor, end, found && [found.relation.id, found.chain.map((link) => link.id)]]).toEqual([seed, actor, end, expected && [expected.relation.id, expected.chain.map((link) => link.id)]]);
        }
      }
    }
  });
});
