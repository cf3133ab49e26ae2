import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { newSecret } from './secrets';

export const MIN_PASSWORD_LENGTH = 12;
/** Longer input is refused before hashing, so nobody makes the server hash megabytes. */
export const MAX_PASSWORD_LENGTH = 1_024;

// argon2id (Algorithm.Argon2id = 2: a const enum, which isolated modules cannot read) with the
// library's cost defaults: 19 MiB, 2 passes, 1 lane, OWASP's recommended minimum.
const OPTIONS: { algorithm: Algorithm } = { algorithm: 2 };

/** Why a new password is not acceptable, or null when it is. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `the password must have at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `the password must have at most ${MAX_PASSWORD_LENGTH} characters`;
  return null;
}

/** The argon2id hash (PHC string, "$argon2id$..."); runs off the main thread. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** True when `password` matches `passwordHash`; false for a malformed hash too. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * A hash of a random password nobody knows: a sign-in with an unknown name is verified against
 * it, so it takes as long as one with a wrong password and tells nothing about which names exist.
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(newSecret());
  return dummyHash;
}
