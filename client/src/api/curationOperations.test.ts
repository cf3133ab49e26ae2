import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CURATION_OPERATIONS } from './curationOperations';

// The read schema, the curation API that extends it, and a stub of the generated RelationType enum.
const read = (name: string) => readFileSync(fileURLToPath(new URL(`../../../server/graphql/${name}`, import.meta.url)), 'utf8');
const schema = buildSchema(`${read('schema.graphql')}\n${read('curation.graphql')}\nenum RelationType { WARNED AUTHORED HELD_ROLE }\n`);

describe('curation operations of the page', () => {
  it.each(Object.entries(CURATION_OPERATIONS))('%s is valid against schema.graphql + curation.graphql', (_name, source) => {
    const errors = validate(schema, parse(source)).map((error) => error.message);
    expect(errors).toEqual([]);
  });
});
