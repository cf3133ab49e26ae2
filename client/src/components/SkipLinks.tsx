import type { MouseEvent } from 'react';

interface Props {
  /** What the main area shows, to name the first link after it. */
  view: string;
  onView: () => void;
  onDetails: () => void;
}

/** The first stops of the tab order, shown when focused: straight to the view or the details. */
export function SkipLinks({ view, onView, onDetails }: Props) {
  // Links, as skip links are expected to be, but the focus moves by script: the URL's hash is not ours to change.
  const go = (action: () => void) => (event: MouseEvent) => {
    event.preventDefault();
    action();
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      <a href="#graph-canvas" onClick={go(onView)}>
        Skip to the {view}
      </a>
      <a href="#details" onClick={go(onDetails)}>
        Skip to the details
      </a>
    </nav>
  );
}
