import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ChronologyLayout, TimeScale } from '../chronology';
import { drawChronologyCanvas, itemAt, type CanvasArrow } from './chronologyCanvas';

interface Props {
  layout: ChronologyLayout;
  arrows: readonly CanvasArrow[];
  scale: TimeScale;
  width: number;
  /** Height of the sticky axis above the lanes. */
  axisHeight: number;
  scroller: RefObject<HTMLDivElement | null>;
  selected: string | null;
  active: string | null;
  onPick: (key: string, id: string) => void;
  onKeyDown: (event: KeyboardEvent<Element>, key: string) => void;
}

/** The lanes on one canvas the size of the visible window (for thousands of items); keyboard moves an active item. */
export function ChronologyCanvasLanes({ layout, arrows, scale, width, axisHeight, scroller, selected, active, onPick, onKeyDown }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [window_, setWindow] = useState({ scrollTop: 0, clientHeight: 600 });
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const update = () => setWindow({ scrollTop: element.scrollTop, clientHeight: element.clientHeight });
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [scroller]);
  const height = Math.max(1, Math.min(window_.clientHeight - axisHeight, layout.height));
  const top = Math.max(0, Math.min(window_.scrollTop, layout.height - height));
  const pixelRatio = globalThis.devicePixelRatio || 1;

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (context) drawChronologyCanvas(context, layout, scale, { width, top, height, pixelRatio }, { selected, active }, arrows);
  }, [layout, arrows, scale, width, top, height, pixelRatio, selected, active]);

  const activeItem = active ? layout.items.find((p) => p.item.key === active) : undefined;
  return (
    <div className="chrono-canvas-lanes" style={{ height: layout.height }}>
      <canvas
        ref={canvas}
        data-testid="chrono-canvas"
        width={Math.round(width * pixelRatio)}
        height={Math.round(height * pixelRatio)}
        style={{ width, height, top: axisHeight }}
        tabIndex={0}
        role="application"
        aria-label={`Chronology of ${layout.items.length} items: arrow keys move between items, Enter shows the details`}
        onClick={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          const hit = itemAt(layout, scale, event.clientX - box.left, event.clientY - box.top + top);
          if (hit) onPick(hit.item.key, hit.item.id);
        }}
        onKeyDown={(event) => active && onKeyDown(event, active)}
      />
      <p className="visually-hidden" aria-live="polite">
        {activeItem ? `${activeItem.item.label}, ${activeItem.item.dateText}` : ''}
      </p>
    </div>
  );
}
