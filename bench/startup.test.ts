import { describe, expect, it } from 'vitest';
import { serverNodeFlags } from './startup';

describe('serverNodeFlags', () => {
  it("reads the V8 flags of package.json's start script, so the start-up benchmark runs the server's way", () => {
    const flags = serverNodeFlags();
    expect(flags.some((flag) => flag.startsWith('--max-semi-space-size='))).toBe(true);
    expect(flags.every((flag) => flag.startsWith('--'))).toBe(true);
  });
});
