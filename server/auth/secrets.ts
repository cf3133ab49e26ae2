import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new unguessable secret (token, session id, CSRF token): 32 random bytes, base64url. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps of a token or session id: its SHA-256. The secrets are 256 random
 * bits, so a fast hash is enough (nothing to guess); a stolen database file holds no usable one.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares two strings in time that does not depend on where they first differ. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
