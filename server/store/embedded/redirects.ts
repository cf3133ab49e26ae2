import type { Redirect } from '../ChangeStore';

/** Merged-away entity ids and what they now stand for (a merge into a merged entity chains them). */
export class Redirects {
  private readonly targets = new Map<string, string>();

  /** Records where an id leads, or with null forgets it. */
  put(id: string, redirect: Redirect | null): void {
    if (redirect === null) this.targets.delete(id);
    else this.targets.set(id, redirect.to);
  }

  /** The id at the end of an id's redirects (the id itself when it has none). */
  follow(id: string): string {
    let current = id;
    // Curation never makes a cycle; the bound keeps a bad log from hanging a read.
    for (let steps = 0; steps <= this.targets.size; steps++) {
      const next = this.targets.get(current);
      if (next === undefined) return current;
      current = next;
    }
    return current;
  }
}
