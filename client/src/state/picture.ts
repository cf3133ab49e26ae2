// The picture on screen (where every node is, and the area in view) as one short, URL-safe token,
// for links, saved views and the browser's history. Nodes are not named in it: positions are
// listed in the order of their sorted ids, with a hash of those ids, so a token only applies to
// the same set of nodes. Pure, and strict when reading: a token comes from outside.

export interface Point {
  x: number;
  y: number;
}

/** A rectangle in graph coordinates. */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Picture {
  positions: ReadonlyMap<string, Point>;
  /** The area that was in view: whoever opens the picture sees at least this area. */
  extent: Extent;
}

/** A token read back, waiting for the ids of the nodes it is applied to. */
export interface PictureCode {
  count: number;
  hash: number;
  extent: Extent;
  /** x, y of each node in sorted-id order. */
  coords: readonly number[];
}

export type PictureRead = { ok: true; code: PictureCode } | { ok: false; reason: string };

const VERSION = 1;
/** Longer tokens are refused unread. */
export const MAX_PICTURE_CHARS = 12_000;
const MAX_NODES = 5000;
const MAX_COORD = 1e7;
/** The extent is kept in tenths: zoom comes back exact to a few parts in ten thousand. */
const EXTENT_SCALE = 10;

/** The order positions are listed in: plain code-unit order, the same on every machine. */
export function sortIds(ids: Iterable<string>): string[] {
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** FNV-1a (32 bits) of the sorted ids, so a token never lands on a different set of nodes. */
export function idsHash(sortedIds: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const id of sortedIds) {
    for (let i = 0; i < id.length; i++) {
      hash ^= id.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x0a;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function pushVarint(bytes: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
}

function pushSigned(bytes: number[], value: number): void {
  const n = Math.round(Math.max(-MAX_COORD, Math.min(MAX_COORD, value)));
  pushVarint(bytes, n >= 0 ? n * 2 : -n * 2 - 1);
}

function toBase64Url(bytes: readonly number[]): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The picture as a token (a few characters per node). */
export function encodePicture(picture: Picture): string {
  const ids = sortIds(picture.positions.keys());
  const bytes: number[] = [VERSION];
  pushVarint(bytes, ids.length);
  pushVarint(bytes, idsHash(ids));
  const { x1, y1, x2, y2 } = picture.extent;
  for (const value of [x1, y1, x2, y2]) pushSigned(bytes, value * EXTENT_SCALE);
  for (const id of ids) {
    const point = picture.positions.get(id)!;
    pushSigned(bytes, point.x);
    pushSigned(bytes, point.y);
  }
  return toBase64Url(bytes);
}

class Reader {
  private index = 0;
  constructor(private readonly bytes: Uint8Array) {}
  get done(): boolean {
    return this.index >= this.bytes.length;
  }
  varint(): number {
    let value = 0;
    let scale = 1;
    for (let shift = 0; shift < 8; shift++) {
      if (this.index >= this.bytes.length) throw new Error('it ends too soon');
      const byte = this.bytes[this.index++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
    throw new Error('it holds a number too long');
  }
  signed(): number {
    const zigzag = this.varint();
    const value = zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
    if (Math.abs(value) > MAX_COORD) throw new Error('it holds a coordinate out of range');
    return value;
  }
}

/** Reads a token; says what is wrong with one that cannot be read. */
export function decodePicture(token: string): PictureRead {
  if (token.length > MAX_PICTURE_CHARS) return { ok: false, reason: `it is longer than ${MAX_PICTURE_CHARS} characters` };
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return { ok: false, reason: 'it holds characters a picture never has' };
  let bytes: Uint8Array;
  try {
    const binary = atob(token.replace(/-/g, '+').replace(/_/g, '/'));
    bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return { ok: false, reason: 'it is not valid base64' };
  }
  try {
    const reader = new Reader(bytes);
    const version = reader.varint();
    if (version !== VERSION) return { ok: false, reason: `it is of version ${version}, this page reads version ${VERSION}` };
    const count = reader.varint();
    if (count < 1 || count > MAX_NODES) return { ok: false, reason: `it claims ${count} nodes` };
    const hash = reader.varint();
    const [x1, y1, x2, y2] = [reader.signed(), reader.signed(), reader.signed(), reader.signed()].map((v) => v / EXTENT_SCALE) as [number, number, number, number];
    if (!(x2 > x1 && y2 > y1)) return { ok: false, reason: 'its area in view is empty' };
    const coords: number[] = [];
    for (let i = 0; i < count * 2; i++) coords.push(reader.signed());
    if (!reader.done) return { ok: false, reason: 'it has bytes left over' };
    return { ok: true, code: { count, hash, extent: { x1, y1, x2, y2 }, coords } };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The picture for these node ids, or null when the token was made for another set of nodes. */
export function bindPicture(code: PictureCode, ids: Iterable<string>): Picture | null {
  const sorted = sortIds(ids);
  if (sorted.length !== code.count || idsHash(sorted) !== code.hash) return null;
  const positions = new Map<string, Point>();
  sorted.forEach((id, i) => positions.set(id, { x: code.coords[i * 2]!, y: code.coords[i * 2 + 1]! }));
  return { positions, extent: code.extent };
}
