import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { DEFAULT_STATE_DIR, readConfig } from '../../server/config';

describe('configuration', () => {
  it('listens on this machine only unless HOST says otherwise', () => {
    expect(readConfig({}, []).host).toBe('127.0.0.1');
    expect(readConfig({ HOST: '0.0.0.0' }, []).host).toBe('0.0.0.0');
  });

  it('keeps state in .state of the repository unless STATE_DIR says where', () => {
    expect(readConfig({}, []).stateDir).toBe(DEFAULT_STATE_DIR);
    expect(DEFAULT_STATE_DIR).toBe(resolve(import.meta.dirname, '../../.state'));
    expect(readConfig({ STATE_DIR: 'some/dir' }, []).stateDir).toBe(resolve('some/dir'));
  });

  it('reads access, review and read-only settings, public and direct by default', () => {
    expect(readConfig({}, [])).toMatchObject({ readAccess: 'public', review: 'direct', readOnly: false });
    expect(readConfig({ READ_ACCESS: 'login', REVIEW: 'required', READ_ONLY: 'true' }, [])).toMatchObject({ readAccess: 'login', review: 'required', readOnly: true });
    expect(readConfig({ READ_ONLY: 'false' }, []).readOnly).toBe(false);
    expect(() => readConfig({ READ_ACCESS: 'everyone' }, [])).toThrow(/READ_ACCESS/);
    expect(() => readConfig({ READ_ONLY: 'yes' }, [])).toThrow(/READ_ONLY/);
  });
});
