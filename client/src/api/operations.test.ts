import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from './operations';

// The server appends `enum RelationType` generated from the data set's vocabulary; a stub with
// a few values stands in for it so the schema is complete.
const schemaPath = fileURLToPath(new URL('../../../server/graphql/schema.graphql', import.meta.url));
const schema = buildSchema(`${readFileSync(schemaPath, 'utf8')}\nenum RelationType { WARNED AUTHORED HELD_ROLE }\n`);

describe('GraphQL operations of the page', () => {
  it.each(Object.entries(OPERATIONS))('%s is valid against server/graphql/schema.graphql', (_name, source) => {
    const document = parse(source);
    const errors = validate(schema, document).map((error) => error.message);
    expect(errors).toEqual([]);
  });

  it('each document holds exactly one operation', () => {
    for (const source of Object.values(OPERATIONS)) {
      const operations = parse(source).definitions.filter((d) => d.kind === 'OperationDefinition');
      expect(operations).toHaveLength(1);
    }
  });
});
