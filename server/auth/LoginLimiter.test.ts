import { describe, expect, it } from 'vitest';
import { LoginLimiter, type LoginAttempt } from './LoginLimiter';

const WINDOW = 15 * 60 * 1000;

function isAttempt(result: ReturnType<LoginLimiter['begin']>): result is LoginAttempt {
  return 'keys' in result;
}

describe('LoginLimiter', () => {
  it('refuses the eleventh attempt in 15 minutes, saying how long to wait, then allows again', () => {
    let now = 1_000_000;
    const limiter = new LoginLimiter({ failures: 10, windowMs: WINDOW }, () => now);
    for (let i = 0; i < 10; i++) {
      expect(isAttempt(limiter.begin(['address:1', 'name:alice']))).toBe(true);
      now += 1000;
    }
    // The first failure was 10 s ago: it leaves the window in 15 min - 10 s.
    expect(limiter.begin(['address:1', 'name:alice'])).toEqual({ retryAfterSeconds: WINDOW / 1000 - 10 });
    // Another address is held back by the account's count, another name by the address's.
    expect(isAttempt(limiter.begin(['address:2', 'name:alice']))).toBe(false);
    expect(isAttempt(limiter.begin(['address:1', 'name:bob']))).toBe(false);
    expect(isAttempt(limiter.begin(['address:2', 'name:bob']))).toBe(true);
    now += WINDOW;
    expect(isAttempt(limiter.begin(['address:1', 'name:alice']))).toBe(true);
  });

  it('takes a successful attempt back, so signing in does not use up the allowance', () => {
    let now = 0;
    const limiter = new LoginLimiter({ failures: 3, windowMs: WINDOW }, () => now);
    for (let i = 0; i < 10; i++) {
      const attempt = limiter.begin(['address:1', 'name:alice']);
      if (!isAttempt(attempt)) throw new Error(`attempt ${i} refused`);
      limiter.succeeded(attempt);
      now += 1;
    }
  });

  it('counts an attempt from its start, so parallel guesses are limited before any check ends', () => {
    const limiter = new LoginLimiter({ failures: 3, windowMs: WINDOW }, () => 5);
    const results = Array.from({ length: 5 }, () => limiter.begin(['address:1']));
    expect(results.filter(isAttempt)).toHaveLength(3);
  });
});
