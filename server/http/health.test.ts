import { describe, expect, it } from 'vitest';
import { withoutCredentials } from './health';

describe('withoutCredentials', () => {
  it('drops user and password from URIs and keeps the rest of the message', () => {
    expect(withoutCredentials('Could not reach bolt://neo:s3cret@db.example:7687 (refused)')).toBe('Could not reach bolt://db.example:7687 (refused)');
    expect(withoutCredentials('neo4j+s://user@host and bolt://other:1')).toBe('neo4j+s://host and bolt://other:1');
    expect(withoutCredentials('no uri here')).toBe('no uri here');
  });
});
