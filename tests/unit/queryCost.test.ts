import { Kind, buildSchema, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildTypeDefs } from '../../server/graphql';
import { selectionCost } from '../../server/graphql/limits/cost';
import { listEstimates, type ListEstimates } from '../../server/graphql/limits/listSizes';
import { selectionDepth } from '../../server/graphql/limits/depth';

const schema = buildSchema(
  buildTypeDefs({
    vocabulary: [{ type: 'WARNED', label: 'warned', description: 'd', carriesKnowledge: true, passesKnowledge: null, creditsAuthor: false }],
    kinds: [{ kind: 'Person', label: 'Person', plural: 'People', shape: 'ellipse', colour: '#1d4ed8', actor: true }],
  }),
);

/** The counts of the generated 1k set. */
const ONE_K = { entities: 1_000, relations: 10_000, sources: 20, claims: 16_623, disputes: 396 };

function measure(query: string, variables: Record<string, unknown> = {}, estimates: ListEstimates = listEstimates(null)) {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return {
    cost: selectionCost({ schema, fragments, variables, estimates }, operation.selectionSet, schema.getQueryType()!, new Set()),
    depth: selectionDepth(operation.selectionSet, fragments),
  };
}

describe('query cost and depth', () => {
  it('counts objects, not scalars', () => {
    expect(measure('{ stats { entities relations } }')).toEqual({ cost: 1, depth: 2 });
  });

  it('multiplies by a list size argument, its default, or a small estimate', () => {
    // 20 hits, each with an entity: 20 x (1 + 1).
    expect(measure('{ search(text: "x") { entity { id } } }').cost).toBe(40);
    expect(measure('{ search(text: "x", first: 5) { entity { id } } }').cost).toBe(10);
    // Unsized lists (claims) count as 10 items each.
    expect(measure('query($n: Int) { search(text: "x", first: $n) { entity { claims { locator } } } }', { n: 2 }).cost).toBe(2 * (1 + 1 + 10));
  });

  it('passes a wrapper size to the lists inside it (a connection, a subgraph)', () => {
    expect(measure('{ entities(first: 50) { edges { node { id } } } }').cost).toBe(1 + 50 * 2);
    expect(measure('{ neighborhood(id: "x", limit: 100) { nodes { id } edges { id } } }').cost).toBe(1 + 100 + 100);
  });

  it('counts a list with no size argument as the store holds it (disputes, sources)', () => {
    const estimates = listEstimates(ONE_K);
    expect(measure('{ disputes { field } }', {}, estimates).cost).toBe(396);
    expect(measure('{ sources { id } }', {}, estimates).cost).toBe(20);
    // Claims stay a small list: no record of the 1k set has more than 4.
    expect(measure('{ disputes { claims { locator } } }', {}, estimates).cost).toBe(396 * (1 + 10));
  });

  it('refuses many aliases of disputes with their claims once disputes count as they are', () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `d${i}: disputes { field claims { locator source { id } } }`).join(' ');
    expect(measure(`{ ${aliases} }`, {}, listEstimates(ONE_K)).cost).toBe(30 * 396 * (1 + 10 * 2));
    expect(30 * 396 * (1 + 10 * 2)).toBeGreaterThan(200_000);
  });

  it('counts a neighbourhood\'s edges as its nodes times the average degree, never more than the store holds', () => {
    // 1k set: 10,000 relations over 1,000 entities, an average degree of 20.
    expect(measure('{ neighborhood(id: "x", limit: 100) { nodes { id } edges { id } } }', {}, listEstimates(ONE_K)).cost).toBe(1 + 100 + 100 * 20);
    const small = { ...ONE_K, entities: 74, relations: 124 };
    expect(measure('{ neighborhood(id: "x", limit: 500) { edges { id } } }', {}, listEstimates(small)).cost).toBe(1 + small.relations);
  });

  it('follows fragments once, even when they refer to each other', () => {
    const query = 'fragment A on Relation { to { ...B } } fragment B on Entity { relations(first: 2) { ...A } } { entity(id: "x") { ...B } }';
    expect(measure(query)).toEqual({ cost: 1 + 2 * (1 + 1), depth: 3 });
  });
});
