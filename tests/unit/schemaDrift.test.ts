import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORTED_SCHEMA_PATH, printPublicSchema } from '../../server/exportSchema';

describe('checked-in schema', () => {
  it('matches the schema the server builds (run `npm run schema` after changing it)', async () => {
    expect(readFileSync(EXPORTED_SCHEMA_PATH, 'utf8')).toBe(await printPublicSchema());
  });
});
