// Named views ("scenes"): a name and the query string of a link to the view, picture included,
// kept in the browser. The stored list is read strictly: it may have been written by an older
// page, or by hand.

export interface SavedView {
  name: string;
  /** The link's query string ("?sel=...&pic=..."), as links.ts writes it. */
  search: string;
  /** When it was saved, ISO 8601. */
  saved: string;
}

export const MAX_VIEW_NAME = 80;
export const MAX_SAVED_VIEWS = 50;
const MAX_SEARCH = 16_000;

export type NameCheck = { ok: true; name: string } | { ok: false; reason: string };

/** The name trimmed, or why it cannot name a view. */
export function checkViewName(raw: string): NameCheck {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length === 0) return { ok: false, reason: 'Give the view a name.' };
  if (name.length > MAX_VIEW_NAME) return { ok: false, reason: `A view's name has at most ${MAX_VIEW_NAME} characters.` };
  return { ok: true, name };
}

function isSavedView(value: unknown): value is SavedView {
  if (typeof value !== 'object' || value === null) return false;
  const view = value as Record<string, unknown>;
  return (
    typeof view.name === 'string' &&
    checkViewName(view.name).ok &&
    typeof view.search === 'string' &&
    view.search.length <= MAX_SEARCH &&
    (view.search === '' || view.search.startsWith('?')) &&
    typeof view.saved === 'string' &&
    Number.isFinite(Date.parse(view.saved))
  );
}

export interface StoredViews {
  views: SavedView[];
  /** How many stored entries were unreadable and left out. */
  dropped: number;
  /** Set when the whole store was unreadable. */
  error: string | null;
}

/** The views in a stored JSON text (null: nothing stored yet). */
export function parseSavedViews(text: string | null): StoredViews {
  if (text === null) return { views: [], dropped: 0, error: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { views: [], dropped: 0, error: 'The saved views could not be read (not JSON).' };
  }
  if (!Array.isArray(value)) return { views: [], dropped: 0, error: 'The saved views could not be read (not a list).' };
  const views = value.filter(isSavedView).slice(0, MAX_SAVED_VIEWS);
  return { views, dropped: value.length - views.length, error: null };
}

/** The list with `view` in it: a view of the same name is replaced, the newest comes first. */
export function withView(views: readonly SavedView[], view: SavedView): SavedView[] {
  return [view, ...views.filter((v) => v.name !== view.name)].slice(0, MAX_SAVED_VIEWS);
}

export function withoutView(views: readonly SavedView[], name: string): SavedView[] {
  return views.filter((v) => v.name !== name);
}
