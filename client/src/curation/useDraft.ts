import { useEffect, useState } from 'react';

/**
 * Form state that starts from a record and starts again from it whenever the record's version
 * moves (an edit here or a reload), so a form never holds values of a version it cannot send.
 */
export function useDraft<T>(make: () => T, version: string): [T, (value: T) => void] {
  const [draft, setDraft] = useState<T>(make);
  useEffect(() => {
    setDraft(make());
    // `make` is built inline by the caller; the version says when to start again.
  }, [version]);
  return [draft, setDraft];
}
