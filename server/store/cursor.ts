import { BadInputError } from './errors';

const PREFIX = 'entity:';

/** Opaque cursor for entity pages: base64url of the entity id (with a prefix to catch junk). */
export function encodeCursor(id: string): string {
  return Buffer.from(PREFIX + id, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX) || text.length === PREFIX.length) {
    throw new BadInputError('after', `"after" is not a cursor from this API: ${JSON.stringify(cursor)}`);
  }
  return text.slice(PREFIX.length);
}
