import { Kind, buildSchema, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildTypeDefs } from '../../server/graphql';
import { selectionCost } from '../../server/graphql/limits/cost';
import { selectionDepth } from '../../server/graphql/limits/depth';

const schema = buildSchema(buildTypeDefs([{ type: 'WARNED', label: 'warned', description: 'd', carriesKnowledge: true, passesKnowledge: null, creditsAuthor: false }]));

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return {
    cost: selectionCost({ schema, fragments, variables }, operation.selectionSet, schema.getQueryType()!, new Set()),
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

  it('follows fragments once, even when they refer to each other', () => {
    const query = 'fragment A on Relation { to { ...B } } fragment B on Entity { relations(first: 2) { ...A } } { entity(id: "x") { ...B } }';
    expect(measure(query)).toEqual({ cost: 1 + 2 * (1 + 1), depth: 3 });
  });
});
