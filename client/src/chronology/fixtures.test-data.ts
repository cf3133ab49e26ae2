import type { Claim, EntityKind, EntitySummary, FuzzyDate, RelationSummary } from '../api/types';

// Small literal data for the chronology's tests: a person who wrote a report that warned a police
// force, a council told at an open-started date, and a disputed date.

export function day(edtf: string, earliest: string | null, latest: string | null, text: string | null = null): FuzzyDate {
  return { edtf, earliest, latest, text };
}

export function entity(id: string, name: string, kind: EntityKind, date: FuzzyDate | null = null, disputedFields: string[] = []): EntitySummary {
  return { id, name, kind, date, disputed: disputedFields.length > 0, disputedFields, degree: 1 };
}

export function relation(id: string, type: string, label: string, from: EntitySummary, to: EntitySummary, date: FuzzyDate | null, disputedFields: string[] = []): RelationSummary {
  const ref = (e: EntitySummary) => ({ id: e.id, kind: e.kind, name: e.name });
  return { id, type, label, role: null, from: ref(from), to: ref(to), date, disputed: disputedFields.length > 0, disputedFields };
}

export function claim(sourceId: string, title: string, locator: string, date: FuzzyDate | null = null, stance: Claim['stance'] = 'SUPPORTS', note: string | null = null): Claim {
  return {
    id: `claim:${sourceId}:${locator}`,
    source: { id: sourceId, title, publisher: null, author: null, published: null, reliability: 'HIGH', note: null },
    locator,
    date,
    note,
    stance,
    erratum: null,
  };
}

export const author = entity('person:author', 'A. Author', 'PERSON');
export const report = entity('report:r', 'The Report (2003)', 'REPORT', day('2003', '2003-01-01', '2003-12-31'));
export const police = entity('agency:police', 'The Police', 'AGENCY');
export const council = entity('agency:council', 'The Council', 'AGENCY');
export const bystander = entity('person:bystander', 'A. Bystander', 'PERSON');

export const authored = relation('rel:authored', 'AUTHORED', 'authored', author, report, day('2003', '2003-01-01', '2003-12-31'));
export const warned = relation('rel:warned', 'WARNED', 'warned', report, police, day('2003', '2003-01-01', '2003-12-31'));
export const toldCouncil = relation('rel:told', 'WARNED', 'warned', police, council, day('../2005-06', null, '2005-06-30', 'before June 2005'));
export const role = relation('rel:role', 'HELD_ROLE', 'held the role at', bystander, council, day('1999/2004', '1999-01-01', '2004-12-31'), ['date']);

export const VOCABULARY = [
  { type: 'WARNED', carriesKnowledge: true, creditsAuthor: false },
  { type: 'AUTHORED', carriesKnowledge: false, creditsAuthor: true },
  { type: 'HELD_ROLE', carriesKnowledge: false, creditsAuthor: false },
];

export const ENTITIES = new Map([author, report, police, council, bystander].map((e) => [e.id, e]));
export const RELATIONS = new Map([authored, warned, toldCouncil, role].map((r) => [r.id, r]));
export const CLAIMS = new Map<string, Claim[]>([
  ['rel:warned', [claim('s1', 'Inquiry Report', '¶12')]],
  ['rel:role', [claim('s1', 'Inquiry Report', '¶3', day('1999', '1999-01-01', '1999-12-31')), claim('s2', 'Newspaper', '¶7', day('2001', '2001-01-01', '2001-12-31'))]],
]);
