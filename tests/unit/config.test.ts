import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';

describe('configuration', () => {
  it('listens on this machine only unless HOST says otherwise', () => {
    expect(readConfig({}, []).host).toBe('127.0.0.1');
    expect(readConfig({ HOST: '0.0.0.0' }, []).host).toBe('0.0.0.0');
  });
});
