/** How many failed sign-ins a client address or an account name may have in a window. */
export interface LoginLimits {
  failures: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { failures: 10, windowMs: 15 * 60 * 1000 };

/** Keys are forgotten beyond this many (oldest first), so a flood of names cannot fill memory. */
const MAX_KEYS = 100_000;

/** One sign-in attempt under way: settle it with `succeeded` or leave it counted as a failure. */
export interface LoginAttempt {
  readonly keys: readonly string[];
  readonly at: number;
}

/**
 * Counts sign-in attempts per key (a client address, an account name) in a sliding window.
 * An attempt counts as a failure from the moment it starts, so a burst of parallel guesses
 * is limited before any of their password checks ends; a success takes its own count back.
 */
export class LoginLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts an attempt, or returns the seconds to wait when any key has used up its failures. */
  begin(keys: readonly string[]): LoginAttempt | { retryAfterSeconds: number } {
    const now = this.now();
    let waitMs = 0;
    for (const key of keys) {
      const recent = this.recent(key, now);
      if (recent.length >= this.limits.failures) waitMs = Math.max(waitMs, recent[recent.length - this.limits.failures]! + this.limits.windowMs - now);
    }
    if (waitMs > 0) return { retryAfterSeconds: Math.ceil(waitMs / 1000) };
    for (const key of keys) {
      const recent = this.recent(key, now);
      recent.push(now);
      // Re-inserted so the Map's order stays oldest-used first for trimming.
      this.attempts.delete(key);
      this.attempts.set(key, recent);
    }
    this.trim();
    return { keys, at: now };
  }

  /** The attempt signed in: it does not count against any of its keys. */
  succeeded(attempt: LoginAttempt): void {
    for (const key of attempt.keys) {
      const times = this.attempts.get(key);
      const index = times?.indexOf(attempt.at) ?? -1;
      if (times && index >= 0) times.splice(index, 1);
    }
  }

  private recent(key: string, now: number): number[] {
    const times = this.attempts.get(key) ?? [];
    const since = now - this.limits.windowMs;
    const first = times.findIndex((time) => time > since);
    return first === -1 ? [] : first === 0 ? times : times.slice(first);
  }

  private trim(): void {
    for (const key of this.attempts.keys()) {
      if (this.attempts.size <= MAX_KEYS) return;
      this.attempts.delete(key);
    }
  }
}
