// A claim's id is made from what it is (its subject and the citation) rather than its position
// in a file, so it survives reordering and reloading, and both stores give the same one.

/** Two 32-bit FNV-1a lanes with different seeds: 64 bits of a short text, cheap enough for a million claims. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x0100019d);
  }
  return (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0');
}

/** What identifies a claim: where it is attached and what it cites (not our wording of it). */
export interface ClaimIdentity {
  /** The record and place it supports: "person:x", "person:x/figure:victims". */
  subject: string;
  sourceId: string;
  locator: string;
  stance: string;
  edtf: string | null;
}

/**
 * Hands out claim ids, "claim:" and a hash of the claim's identity. Two claims with the same
 * identity (the same paragraph cited twice for one subject) get "-2", "-3" in data-set order,
 * so ids are unique within a data set and the same on every load of it. `taken`: ids already
 * used (a record's claims, when curation adds more).
 */
export function claimIds(taken: Iterable<string> = []): (claim: ClaimIdentity) => string {
  const used = new Set<string>(taken);
  return ({ subject, sourceId, locator, stance, edtf }) => {
    const base = `claim:${hash64(`${subject}\u0000${sourceId}\u0000${locator}\u0000${stance}\u0000${edtf ?? ''}`)}`;
    let id = base;
    for (let repeat = 2; used.has(id); repeat++) id = `${base}-${repeat}`;
    used.add(id);
    return id;
  };
}
