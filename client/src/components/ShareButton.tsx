import { useState } from 'react';
import type { Link } from '../hooks/useSessionPlace';

interface Props {
  /** The link to the picture on screen now. */
  link: () => Link;
}

/** "Copy link": the view, its filters and the picture on screen, to the clipboard (or shown to copy by hand). */
export function ShareButton({ link }: Props) {
  const [status, setStatus] = useState<{ text: string; manual: string | null } | null>(null);
  const copy = async () => {
    const made = link();
    try {
      await navigator.clipboard.writeText(made.url);
      setStatus({ text: made.note ? `Link copied. ${made.note}` : 'Link copied.', manual: null });
    } catch {
      // No clipboard (a page not served over HTTPS, or permission refused): offer the link itself.
      setStatus({ text: 'Copy this link:', manual: made.url });
    }
  };
  return (
    <div className="share" role="group" aria-label="Share">
      <button type="button" onClick={() => void copy()} title="A link that opens this view as it is now: positions, zoom, filters and selection">
        Copy link
      </button>
      <span className="share-status" role="status">
        {status?.text}
      </span>
      {status?.manual && <input className="share-link" readOnly value={status.manual} aria-label="Link to this view" onFocus={(event) => event.target.select()} autoFocus />}
    </div>
  );
}
