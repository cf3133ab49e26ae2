import { describe, expect, it } from 'vitest';
import { parseFuzzyDate, type Relation, type RelationType } from '../../dataset';
import { KnowledgeReach } from './knowledgeReach';

// The institutional walk on small literal graphs: which chain wins, how far it goes, and which
// links count at the warning's date. (The store contract covers the same rules on both stores.)

const VOCABULARY: RelationType[] = [
  { type: 'WARNED', label: 'warned', description: 'd', carriesKnowledge: true, passesKnowledge: null, creditsAuthor: false },
  { type: 'PART_OF', label: 'is part of', description: 'd', carriesKnowledge: false, passesKnowledge: 'forward', creditsAuthor: false },
  { type: 'MEMBER_OF', label: 'member of', description: 'd', carriesKnowledge: false, passesKnowledge: 'both', creditsAuthor: false },
];

const relation = (id: string, type: string, from: string, to: string, edtf?: string): Relation => ({
  id, type, label: type, from, to, role: null, date: edtf === undefined ? null : parseFuzzyDate(edtf), note: null, claims: [], disputedFields: [],
});

const reachOf = (relations: Relation[]) => new KnowledgeReach(relations, VOCABULARY);
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
