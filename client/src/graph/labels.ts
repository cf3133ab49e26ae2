import { compareText } from '../order';

// How node labels stay readable: a size on screen that grows with importance (degree), the same
// at every zoom below 1:1, short display names, and, where labels would collide, only the more
// important one drawn. Pure: the Cytoscape side is in readableLabels.ts.

/** Rendered size of node labels, in screen pixels: the least connected get `min`, hubs `max`. */
export const LABEL_PX = { min: 12, max: 17, edge: 12 } as const;

/** Degree from which a node is a hub: the largest label, which may cover lesser nodes. */
export const HUB_DEGREE = 15;

/** The on-screen label size, in pixels, for a node of this degree (half-pixel steps). */
export function labelPx(degree: number): number {
  const share = Math.min(Math.max(degree, 0), HUB_DEGREE) / HUB_DEGREE;
  return Math.round((LABEL_PX.min + share * (LABEL_PX.max - LABEL_PX.min)) * 2) / 2;
}

/** Longest display name; the full name is on the hover card and in the details. */
export const MAX_DISPLAY_LENGTH = 60;

/** A name cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shortenLabel(name: string, max: number): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The name drawn on the graph: a trailing bracket holding a year ("(2013)", "(early 2000s)") is
 * left off, since the date is on the hover card and in the details, then long names are cut at
 * a word. A name that is nothing but the bracket keeps it.
 */
export function displayName(name: string, max = MAX_DISPLAY_LENGTH): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  const withoutDate = clean.replace(/\s*\([^()]*\d{4}[^()]*\)$/, '');
  return shortenLabel(withoutDate === '' ? clean : withoutDate, max);
}

/**
 * The label scale for a zoom: the zoom rounded down to a quarter power of two, and never above
 * 1. Labels are drawn at size/scale model pixels, so on screen they are between their size and
 * 19% larger below 1:1, and grow with the zoom above it; the stylesheet only changes when the
 * step does.
 */
export function labelScale(zoom: number): number {
  if (!(zoom > 0)) return 1;
  return Math.min(1, 2 ** (Math.floor(Math.log2(zoom) * 4) / 4));
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a label may sit around its node, in order of preference. */
export const LABEL_SIDES = ['bottom', 'top', 'right', 'left'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/** Space between a node and its label, in screen pixels. */
export const LABEL_GAP_PX = 3;

/** The box of a `width` × `height` label on each side of a node's body. */
export function labelBoxes(body: Box, width: number, height: number, gap = LABEL_GAP_PX): Record<LabelSide, Box> {
  const cx = (body.x1 + body.x2) / 2;
  const cy = (body.y1 + body.y2) / 2;
  return {
    bottom: { x1: cx - width / 2, x2: cx + width / 2, y1: body.y2 + gap, y2: body.y2 + gap + height },
    top: { x1: cx - width / 2, x2: cx + width / 2, y1: body.y1 - gap - height, y2: body.y1 - gap },
    right: { x1: body.x2 + gap, x2: body.x2 + gap + width, y1: cy - height / 2, y2: cy + height / 2 },
    left: { x1: body.x1 - gap - width, x2: body.x1 - gap, y1: cy - height / 2, y2: cy + height / 2 },
  };
}

export interface LabelCandidate {
  id: string;
  /** The node's body: other labels may overlap its rim, not cover its centre. */
  body: Box;
  /** The label's size. */
  width: number;
  height: number;
  /** Drawn whatever it covers (the selection, the node under the pointer). */
  forced: boolean;
  /** A hub's label may cover other nodes' centres (not other labels): its name matters more. */
  hub?: boolean;
  /** Higher wins a collision; ties go to the id that sorts first. */
  priority: number;
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

function isOutside(box: Box, view: Box): boolean {
  return box.x2 < view.x1 || box.x1 > view.x2 || box.y2 < view.y1 || box.y1 > view.y2;
}

function isInside(box: Box, view: Box): boolean {
  return box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
}

/**
 * Where to draw each label so that none overlaps another label or covers another node's centre,
 * nor runs off `view`: the most important first, each on the first side (LABEL_SIDES) that
 * clears what is already placed by `gap` pixels. A label with no such side is left out (absent
 * from the answer), unless forced: then it goes below its node whatever it covers. Nodes and
 * labels wholly outside `view` keep their label below (nobody sees it) and block nothing. Rendered pixels.
 */
export function pickLabels(candidates: readonly LabelCandidate[], view: Box, gap = 2): Map<string, LabelSide> {
  const order = [...candidates].sort(
    (a, b) => Number(b.forced) - Number(a.forced) || b.priority - a.priority || compareText(a.id, b.id),
  );
  const centres = candidates.map((c) => ({ owner: c, x: (c.body.x1 + c.body.x2) / 2, y: (c.body.y1 + c.body.y2) / 2 }));
  const coversCentre = (candidate: LabelCandidate, box: Box) =>
    centres.some(({ owner, x, y }) => owner !== candidate && overlaps(box, { x1: x, y1: y, x2: x, y2: y }, 2));
  const kept: Box[] = [];
  const placed = new Map<string, LabelSide>();
  for (const candidate of order) {
    const boxes = labelBoxes(candidate.body, candidate.width, candidate.height);
    if (isOutside(candidate.body, view) && isOutside(boxes.bottom, view)) {
      placed.set(candidate.id, 'bottom');
      continue;
    }
    const free = LABEL_SIDES.find((side) => {
      const box = boxes[side];
      return isInside(box, view) && !kept.some((other) => overlaps(other, box, gap)) && (candidate.hub === true || !coversCentre(candidate, box));
    });
    const side = free ?? (candidate.forced ? 'bottom' : undefined);
    if (side === undefined) continue;
    kept.push(boxes[side]);
    placed.set(candidate.id, side);
  }
  return placed;
}
