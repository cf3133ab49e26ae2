import { beforeEach, describe, expect, it } from 'vitest';
import type { EntitySummary, RelationSummary } from '../api/types';
import { nodeSize, toElements } from './toElements';

function entity(id: string, overrides: Partial<EntitySummary> = {}): EntitySummary {
  return { id, kind: 'PERSON', name: id, date: null, disputed: false, disputedFields: [], degree: 1, ...overrides };
}

function relation(id: string, from: string, to: string, overrides: Partial<RelationSummary> = {}): RelationSummary {
  return {
    id,
    type: 'WARNED',
    label: 'warned',
    role: null,
    from: { id: from, kind: 'PERSON', name: from },
    to: { id: to, kind: 'AGENCY', name: to },
    date: null,
    disputed: false,
    disputedFields: [],
    ...overrides,
  };
}

describe('toElements', () => {
  let entities: EntitySummary[];
  let relations: RelationSummary[];

  beforeEach(() => {
    entities = [
      entity('person:b', { name: 'Angie Heal' }),
      entity('agency:a', { kind: 'AGENCY', name: 'South Yorkshire Police', degree: 10 }),
      entity('report:c', {
        kind: 'REPORT',
        name: 'Jay report',
        disputed: true,
        disputedFields: ['date'],
        date: { edtf: '2014-08-26', earliest: '2014-08-26', latest: '2014-08-26', text: null },
      }),
    ];
    relations = [
      relation('rel:z', 'person:b', 'agency:a', { date: { edtf: '2003', earliest: '2003-01-01', latest: '2003-12-31', text: null } }),
      relation('rel:y', 'report:c', 'agency:a', { type: 'PRESENTED_TO', label: 'presented to', disputed: true }),
    ];
  });

  it('makes one node per entity and one edge per relation, nodes first, each sorted by id', () => {
    const elements = toElements(entities, relations);
    expect(elements.map((e) => [e.group, e.data.id])).toEqual([
      ['nodes', 'agency:a'],
      ['nodes', 'person:b'],
      ['nodes', 'report:c'],
      ['edges', 'rel:y'],
      ['edges', 'rel:z'],
    ]);
  });

  it('gives the same elements for the same data in any order', () => {
    expect(toElements([...entities].reverse(), [...relations].reverse())).toEqual(toElements(entities, relations));
  });

  it('classes nodes by kind and marks disputed ones', () => {
    const [police, heal, jay] = toElements(entities, relations);
    expect(police?.classes).toEqual(['kind-agency']);
    expect(heal?.classes).toEqual(['kind-person']);
    expect(jay?.classes).toEqual(['kind-report', 'disputed']);
    expect(jay?.data).toMatchObject({ label: 'Jay report', kind: 'REPORT', disputed: true, date: '26 August 2014', earliest: '2014-08-26' });
  });

  it('labels edges by relation label, marking disputed relations', () => {
    const elements = toElements(entities, relations);
    const edge = (id: string) => elements.find((e) => e.data.id === id);
    expect(edge('rel:z')?.data).toMatchObject({ source: 'person:b', target: 'agency:a', label: 'warned', type: 'WARNED', date: '2003' });
    expect(edge('rel:y')?.data).toMatchObject({ label: '⚠ presented to (sources disagree)', disputed: true });
    expect(edge('rel:y')?.classes).toEqual(['disputed']);
  });

  it('marks knowledge-carrying relations when told which types carry knowledge', () => {
    const elements = toElements(entities, relations, { knowledgeTypes: new Set(['WARNED']) });
    expect(elements.find((e) => e.data.id === 'rel:z')?.classes).toEqual(['knowledge']);
  });

  it('leaves out relations with an end that is not drawn', () => {
    const elements = toElements(entities.slice(0, 2), relations);
    expect(elements.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual(['rel:z']);
  });

  it('keeps a duplicated entity or relation once', () => {
    const elements = toElements([...entities, entities[0]!], [...relations, relations[0]!]);
    expect(elements).toHaveLength(5);
  });

  it('returns nothing for no data', () => {
    expect(toElements([], [])).toEqual([]);
  });

  it('sizes nodes by degree within bounds', () => {
    const [police, heal] = toElements(entities, relations);
    expect(police?.data.size).toBeGreaterThan(heal?.data.size);
    expect(nodeSize(1000)).toBe(nodeSize(24));
    expect(nodeSize(-1)).toBe(nodeSize(0));
  });

  it('gives better connected nodes larger labels, and labels without a trailing dated bracket', () => {
    const [police, heal] = toElements([entity('agency:a', { degree: 20, name: 'Police (2010)' }), entity('person:b', { degree: 1 })], []);
    expect(police?.data).toMatchObject({ label: 'Police', name: 'Police (2010)', fontPx: 17 });
    expect(heal?.data.fontPx).toBeLessThan(police?.data.fontPx);
  });

  it('keeps the dated bracket of names that would otherwise read the same', () => {
    const labels = toElements([entity('report:a', { name: 'Report (2003)' }), entity('report:b', { name: 'Report (2006)' }), entity('report:c', { name: 'Other (2001)' })], []).map((e) => e.data.label);
    expect(labels).toEqual(['Report (2003)', 'Report (2006)', 'Other']);
  });
});
