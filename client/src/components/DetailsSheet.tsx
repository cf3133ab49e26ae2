import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode, type Ref } from 'react';
import { FOCUS_HOME } from '../hooks/useFocusRescue';

interface Props {
  /** Something is selected: on a phone the details slide up over the graph. */
  open: boolean;
  onClose: () => void;
  /** Escape inside the details: back to where the user came from. */
  onEscape: () => void;
  children: ReactNode;
  ref: Ref<HTMLDivElement>;
}

/** A downward swipe on the sheet's bar longer than this closes it. */
const SWIPE_CLOSE_PX = 48;

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Holds the details panel: its column on a wide screen, a bottom sheet on a phone (see the
 * "Phone" section of styles.css) that a Close button, Escape or a swipe down dismisses.
 */
export function DetailsSheet({ open, onClose, onEscape, children, ref }: Props) {
  const swipeFrom = useRef<number | null>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    // Escape in a form field belongs to the field (a search list, an edit being typed).
    if (event.key !== 'Escape' || event.defaultPrevented || (event.target instanceof HTMLElement && TYPING.has(event.target.tagName))) return;
    event.preventDefault();
    onEscape();
  };
  const onPointerUp = (event: PointerEvent) => {
    if (swipeFrom.current !== null && event.clientY - swipeFrom.current > SWIPE_CLOSE_PX) onClose();
    swipeFrom.current = null;
  };
  return (
    <div ref={ref} id="details" className={open ? 'details-sheet open' : 'details-sheet'} tabIndex={-1} onKeyDown={onKeyDown} data-testid="details-sheet" {...FOCUS_HOME}>
      {open && (
        <div
          className="sheet-bar"
          onPointerDown={(event) => {
            // Captured, so the pointer's release reaches the bar even below it.
            event.currentTarget.setPointerCapture(event.pointerId);
            swipeFrom.current = event.clientY;
          }}
          onPointerUp={onPointerUp}
          onPointerCancel={() => {
            swipeFrom.current = null;
          }}
        >
          <span className="sheet-handle" aria-hidden="true" />
          <button type="button" className="sheet-close" onClick={onClose} data-testid="sheet-close">
            Close details
          </button>
        </div>
      )}
      {children}
    </div>
  );
}
