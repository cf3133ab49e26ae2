import { ENTITY_DETAIL, KNOWLEDGE, NEIGHBORHOOD, PATHS, SEARCH, TIMELINE } from '../client/src/api/operations';
import type { Samples } from './samples';

// What is measured: the page's own GraphQL operations (client/src/api/operations.ts), with the
// variables the page would send, cycling through the samples.

export const OP_NAMES = ['entity', 'search', 'neighbourhood1', 'neighbourhood2', 'paths', 'timeline', 'knowledge'] as const;
export type OpName = (typeof OP_NAMES)[number];

export interface Operation {
  name: OpName;
  /** As the tables show it. */
  label: string;
  query: string;
  variables(samples: Samples, index: number): Record<string, unknown>;
}

const nth = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

export const OPERATIONS: Record<OpName, Operation> = {
  entity: { name: 'entity', label: 'entity (details panel)', query: ENTITY_DETAIL, variables: (s, i) => ({ id: nth(s.entityIds, i) }) },
  search: { name: 'search', label: 'search (first 20)', query: SEARCH, variables: (s, i) => ({ text: nth(s.searchTexts, i), first: 20 }) },
  neighbourhood1: {
    name: 'neighbourhood1',
    label: 'neighbourhood depth 1 (limit 500)',
    query: NEIGHBORHOOD,
    variables: (s, i) => ({ id: nth(s.entityIds, i), depth: 1, limit: 500 }),
  },
  neighbourhood2: {
    name: 'neighbourhood2',
    label: 'neighbourhood depth 2 (limit 500)',
    query: NEIGHBORHOOD,
    variables: (s, i) => ({ id: nth(s.entityIds, i), depth: 2, limit: 500 }),
  },
  paths: {
    name: 'paths',
    label: 'paths (maxHops 4, limit 3)',
    query: PATHS,
    variables: (s, i) => {
      const [from, to] = nth(s.pathPairs, i);
      return { from, to, maxHops: 4, limit: 3 };
    },
  },
  timeline: { name: 'timeline', label: 'timeline (first 200)', query: TIMELINE, variables: () => ({ first: 200 }) },
  // A page of 100 actors with their evidence and its claims: as much as the cost limit lets one request ask.
  knowledge: {
    name: 'knowledge',
    label: 'knowledge (100 actors with evidence, POSSIBLE)',
    query: KNOWLEDGE,
    variables: (s, i) => ({ asOf: nth(s.asOfDays, i), first: 100, evidence: 40 }),
  },
};

/** How many distinct variable sets an operation cycles through. */
export function sampleCount(op: Operation, samples: Samples): number {
  if (op.name === 'timeline') return 1;
  if (op.name === 'paths') return samples.pathPairs.length;
  return samples.entityIds.length;
}
