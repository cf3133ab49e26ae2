import { describe, expect, it } from 'vitest';
import type { EntityRef, RelationSummary } from '../api/types';
import { describeStep, pathSteps, relationsAgainstArrow } from './pathSteps';

const ref = (id: string, name: string): EntityRef => ({ id, kind: 'PERSON', name });
const analyst = ref('person:analyst', 'Ann Analyst');
const police = { ...ref('agency:police', 'Town Police'), kind: 'AGENCY' as const };
const chief = ref('person:chief', 'Carl Chief');

function relation(id: string, from: EntityRef, to: EntityRef, label: string): RelationSummary {
  return { id, type: label.toUpperCase().replace(/ /g, '_'), label, role: null, from, to, date: null, disputed: false, disputedFields: [] };
}

describe('pathSteps', () => {
  // Walked from the police: against "analyst warned police", then along "police ... chief".
  const warned = relation('rel:warned', analyst, police, 'warned');
  const employs = relation('rel:employs', police, chief, 'employs');
  const path = { nodes: [police, analyst], edges: [warned] };

  it('marks a step whose relation points back from the later entity', () => {
    expect(pathSteps(path)).toEqual([{ from: police, to: analyst, relation: warned, against: true }]);
    expect(pathSteps({ nodes: [analyst, police, chief], edges: [warned, employs] }).map((step) => step.against)).toEqual([false, false]);
    expect(pathSteps({ nodes: [chief, police, analyst], edges: [employs, warned] }).map((step) => step.against)).toEqual([true, true]);
  });

  it('lists the relations walked against the arrow', () => {
    expect(relationsAgainstArrow({ nodes: [analyst, police, chief], edges: [warned, employs] })).toEqual(new Set());
    expect(relationsAgainstArrow({ nodes: [chief, police, analyst], edges: [employs, warned] })).toEqual(new Set(['rel:employs', 'rel:warned']));
  });

  it('tells a step in the direction the sources give it', () => {
    const [against] = pathSteps(path);
    expect(describeStep(against!)).toBe('Ann Analyst warned Town Police');
    const [along] = pathSteps({ nodes: [analyst, police], edges: [warned] });
    expect(describeStep(along!)).toBe('Ann Analyst warned Town Police');
  });

  it('refuses a relation that does not join the entities beside it', () => {
    expect(() => pathSteps({ nodes: [analyst, chief], edges: [warned] })).toThrow(/rel:warned does not join person:analyst and person:chief/);
    expect(() => pathSteps({ nodes: [analyst], edges: [warned] })).toThrow(/step 1/);
  });
});
