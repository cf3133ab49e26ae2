import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CURATION_OPERATIONS } from './curationOperations';
import { OPERATIONS } from './operations';

// The whole schema as the server builds it for the default data set (`npm run schema`), with
// the enums and kind types that data set's vocabulary and kinds make.
const schemaPath = fileURLToPath(new URL('../../../server/graphql/generated/schema.graphql', import.meta.url));
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));

const ALL_OPERATIONS = { ...OPERATIONS, ...CURATION_OPERATIONS };

describe('GraphQL operations of the page', () => {
  it.each(Object.entries(ALL_OPERATIONS))('%s is valid against the server\'s schema', (_name, source) => {
    const document = parse(source);
    const errors = validate(schema, document).map((error) => error.message);
    expect(errors).toEqual([]);
  });

  it('each document holds exactly one operation', () => {
    for (const source of Object.values(ALL_OPERATIONS)) {
      const operations = parse(source).definitions.filter((d) => d.kind === 'OperationDefinition');
      expect(operations).toHaveLength(1);
    }
  });
});
