import { useCallback, useState } from 'react';
import { checkViewName, parseSavedViews, withView, withoutView, type SavedView } from '../state';

const STORAGE_KEY = 'inquiry-graph.savedViews';

function load(): { views: SavedView[]; problem: string | null } {
  try {
    const stored = parseSavedViews(window.localStorage.getItem(STORAGE_KEY));
    const problem = stored.error ?? (stored.dropped > 0 ? `${stored.dropped} saved view${stored.dropped === 1 ? ' was' : 's were'} unreadable and left out.` : null);
    return { views: stored.views, problem };
  } catch (error) {
    return { views: [], problem: `Saved views are not available here: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Named views kept in this browser (localStorage), newest first. */
export function useSavedViews() {
  const [{ views, problem }, setStore] = useState(load);

  const write = useCallback((next: SavedView[]): string | null => {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      setStore({ views: next, problem: null });
      return null;
    } catch (error) {
      return `The view could not be kept: ${error instanceof Error ? error.message : String(error)}`;
    }
  }, []);

  /** Saves under `name` (replacing a view of that name); returns what went wrong, or null. */
  const save = useCallback(
    (name: string, search: string): string | null => {
      const checked = checkViewName(name);
      if (!checked.ok) return checked.reason;
      return write(withView(views, { name: checked.name, search, saved: new Date().toISOString() }));
    },
    [views, write],
  );

  const remove = useCallback((name: string) => write(withoutView(views, name)), [views, write]);

  return { views, problem, save, remove };
}
