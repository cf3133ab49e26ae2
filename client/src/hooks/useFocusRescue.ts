import { useEffect, type RefObject } from 'react';

/** Marks an element as where the focus goes when the focused control inside it disappears. */
export const FOCUS_HOME = { 'data-focus-home': '' } as const;

/**
 * Keeps the keyboard focus from falling to <body>: when the focused control is taken out of the
 * page (a details panel redrawn for a new selection, a search box remade for a picked path
 * end), the focus moves to the nearest surviving region marked with FOCUS_HOME around it.
 */
export function useFocusRescue(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let last: HTMLElement | null = null;
    let homes: HTMLElement[] = [];
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement)) return;
      last = event.target;
      homes = [];
      for (let at = last.parentElement?.closest<HTMLElement>('[data-focus-home]'); at; at = at.parentElement?.closest<HTMLElement>('[data-focus-home]')) homes.push(at);
    };
    const rescue = () => {
      const active = document.activeElement;
      if (!last || last.isConnected || (active && active !== document.body)) return;
      const home = homes.find((candidate) => candidate.isConnected);
      last = null;
      home?.focus({ preventScroll: true });
    };
    const observer = new MutationObserver(rescue);
    observer.observe(element, { childList: true, subtree: true });
    element.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      element.removeEventListener('focusin', onFocusIn);
    };
  }, [root]);
}
