// The fragments the page's operations share, and how an operation carries the fragments it spreads.

export interface Fragment {
  name: string;
  text: string;
  uses: Fragment[];
}

export function fragment(name: string, on: string, body: string, uses: Fragment[] = []): Fragment {
  return { name, text: `fragment ${name} on ${on} ${body}`, uses };
}

/** An operation with exactly the fragments it spreads (transitively), each once, in a stable order. */
export function operation(body: string, fragments: Fragment[] = []): string {
  const seen = new Map<string, string>();
  const visit = (f: Fragment) => {
    if (seen.has(f.name)) return;
    seen.set(f.name, f.text);
    f.uses.forEach(visit);
  };
  fragments.forEach(visit);
  return [body.trim(), ...seen.values()].join('\n');
}

export const FuzzyDateFields = fragment('FuzzyDateFields', 'FuzzyDate', '{ edtf earliest latest text }');
export const EntityRefFields = fragment('EntityRefFields', 'Entity', '{ id kind name }');
export const EntitySummaryFields = fragment(
  'EntitySummaryFields',
  'Entity',
  '{ id kind name date { ...FuzzyDateFields } disputed disputedFields degree }',
  [FuzzyDateFields],
);
export const RelationSummaryFields = fragment(
  'RelationSummaryFields',
  'Relation',
  `{ id type label role from { ...EntityRefFields } to { ...EntityRefFields }
     date { ...FuzzyDateFields } disputed disputedFields }`,
  [EntityRefFields, FuzzyDateFields],
);
export const SourceFields = fragment(
  'SourceFields',
  'Source',
  '{ id title publisher author published { ...FuzzyDateFields } reliability note }',
  [FuzzyDateFields],
);
export const ClaimFields = fragment(
  'ClaimFields',
  'Claim',
  '{ id source { ...SourceFields } locator date { ...FuzzyDateFields } note stance erratum }',
  [SourceFields, FuzzyDateFields],
);
export const RelationDetailFields = fragment(
  'RelationDetailFields',
  'Relation',
  '{ ...RelationSummaryFields note version claims { ...ClaimFields } }',
  [RelationSummaryFields, ClaimFields],
);

/** Everything the details panel shows about one entity (and what an edit answers with). */
export const EntityDetailFields = fragment(
  'EntityDetailFields',
  'Entity',
  `{ ...EntitySummaryFields version aliases summary
     claims { ...ClaimFields }
     figures { name value qualifier unit claims { ...ClaimFields } }
     relations(direction: BOTH, first: 100) { ...RelationDetailFields } }`,
  [EntitySummaryFields, ClaimFields, RelationDetailFields],
);
