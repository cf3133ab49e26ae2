// The zoom and pan that show a box of the graph whole, with a margin, in a viewport: used to
// bring a found path on screen. Pure, so it is tested without a browser.

export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

export interface FitOptions {
  /** Margin kept clear on every side, in screen pixels. */
  padding: number;
  minZoom: number;
  /** Never closer than this: a two-node path would otherwise fill the screen. */
  maxZoom: number;
}

/** Zoom and pan that centre `box` (graph coordinates) in a `width` x `height` viewport, all of it inside the margin. */
export function viewportFitting(box: Box, width: number, height: number, options: FitOptions): { zoom: number; pan: { x: number; y: number } } {
  const room = { w: Math.max(1, width - 2 * options.padding), h: Math.max(1, height - 2 * options.padding) };
  const fitting = Math.min(box.w > 0 ? room.w / box.w : Infinity, box.h > 0 ? room.h / box.h : Infinity);
  const zoom = Math.min(options.maxZoom, Math.max(options.minZoom, fitting));
  const centre = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  return { zoom, pan: { x: width / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom } };
}
