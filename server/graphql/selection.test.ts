import { parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFields, selectsAny, selectsOnly } from './selection';

/** The info graphql-js hands the resolver of the operation's first field. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
  const fragments = Object.fromEntries(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === 'FragmentDefinition').map((fragment) => [fragment.name.value, fragment]),
  );
  return { fieldNodes: [operation?.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selected fields', () => {
  it('sees fields through aliases, fragments, inline fragments and a path', () => {
    const info = infoOf(`{
      entities { edges { node { id ...Ref ... on Person { summary } alias: claims { locator } } } totalCount }
    }
    fragment Ref on Entity { kind name ...More }
    fragment More on Entity { degree }`);
    expect([...selectedFields(info)].sort()).toEqual(['edges', 'totalCount']);
    expect([...selectedFields(info, ['edges', 'node'])].sort()).toEqual(['claims', 'degree', 'id', 'kind', 'name', 'summary']);
    expect(selectsAny(info, ['claims', 'figures'], ['edges', 'node'])).toBe(true);
    expect(selectsAny(info, ['figures'], ['edges', 'node'])).toBe(false);
  });

  it('counts fields under @skip or @include, and answers "only" for the fields asked', () => {
    const info = infoOf('query($no: Boolean!) { from { id name kind __typename summary @include(if: $no) } }');
    expect(selectsOnly(info, new Set(['id', 'name', 'kind', '__typename']))).toBe(false);
    expect(selectsOnly(infoOf('{ from { id ... on Person { name } } }'), new Set(['id', 'name', 'kind', '__typename']))).toBe(true);
  });

  it('merges the same field asked twice', () => {
    const info = infoOf('{ relations { id } }');
    const second = infoOf('{ relations { claims { locator } } }').fieldNodes[0] as FieldNode;
    expect(selectsAny({ fieldNodes: [info.fieldNodes[0] as FieldNode, second], fragments: {} }, ['claims'])).toBe(true);
  });
});
