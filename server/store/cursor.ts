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

/** Cursor for an answer ordered by a compound key: base64url of `<kind>:` and the key as JSON. */
export function encodeKeyCursor(kind: string, key: readonly (string | null)[]): string {
  return Buffer.from(`${kind}:${JSON.stringify(key)}`, 'utf8').toString('base64url');
}

/** The key of a cursor made by encodeKeyCursor for the same `kind` and key length; BadInputError otherwise. */
export function decodeKeyCursor(kind: string, cursor: string, length: number): (string | null)[] {
  const refuse = () => new BadInputError('after', `"after" is not a cursor of ${kind}: ${JSON.stringify(cursor.slice(0, 60))}`);
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(`${kind}:`)) throw refuse();
  let key: unknown;
  try {
    key = JSON.parse(text.slice(kind.length + 1));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(key) || key.length !== length || !key.every((part) => part === null || typeof part === 'string')) throw refuse();
  return key as (string | null)[];
}

/** A knowledge row's place in its answer: via's earliest day (null: open), actor id, channel. */
export type KnowledgeKey = readonly [string | null, string, string];
/** A raised-concerns row's place: its first relation's earliest day (null: open), actor id. */
export type RaisedConcernKey = readonly [string | null, string];

export const knowledgeCursor = (key: KnowledgeKey) => encodeKeyCursor('knowledge', key);
export const raisedConcernCursor = (key: RaisedConcernKey) => encodeKeyCursor('raisedConcerns', key);

export function readKnowledgeCursor(cursor: string): KnowledgeKey {
  const [earliest, actor, channel] = decodeKeyCursor('knowledge', cursor, 3);
  if (typeof actor !== 'string' || typeof channel !== 'string') throw new BadInputError('after', '"after" is not a cursor of knowledge');
  return [earliest ?? null, actor, channel];
}

export function readRaisedConcernCursor(cursor: string): RaisedConcernKey {
  const [earliest, actor] = decodeKeyCursor('raisedConcerns', cursor, 2);
  if (typeof actor !== 'string') throw new BadInputError('after', '"after" is not a cursor of raisedConcerns');
  return [earliest ?? null, actor];
}
