import { describe, expect, it } from 'vitest';
import { viewportFitting } from './fitView';

const OPTIONS = { padding: 50, minZoom: 0.05, maxZoom: 1.5 };

/** Where a graph point lands on screen. */
const onScreen = (point: { x: number; y: number }, view: ReturnType<typeof viewportFitting>) => ({ x: point.x * view.zoom + view.pan.x, y: point.y * view.zoom + view.pan.y });

describe('viewportFitting', () => {
  it('shrinks a wide box to the width inside the margin, centred', () => {
    const view = viewportFitting({ x1: -1000, y1: 0, w: 2000, h: 100 }, 800, 600, OPTIONS);
    expect(view.zoom).toBeCloseTo(0.35);
    expect(onScreen({ x: -1000, y: 0 }, view)).toEqual({ x: 50, y: expect.closeTo(282.5) as number });
    expect(onScreen({ x: 1000, y: 100 }, view).x).toBeCloseTo(750);
  });

  it('keeps a tall box inside the height', () => {
    const view = viewportFitting({ x1: 0, y1: 0, w: 100, h: 1000 }, 800, 600, OPTIONS);
    expect(view.zoom).toBeCloseTo(0.5);
    expect(onScreen({ x: 0, y: 0 }, view).y).toBeCloseTo(50);
    expect(onScreen({ x: 100, y: 1000 }, view).y).toBeCloseTo(550);
  });

  it('does not zoom closer than maxZoom, and centres a point', () => {
    expect(viewportFitting({ x1: 0, y1: 0, w: 10, h: 10 }, 800, 600, OPTIONS).zoom).toBe(1.5);
    const point = viewportFitting({ x1: 20, y1: 30, w: 0, h: 0 }, 800, 600, OPTIONS);
    expect(point.zoom).toBe(1.5);
    expect(onScreen({ x: 20, y: 30 }, point)).toEqual({ x: 400, y: 300 });
  });

  it('does not zoom out past minZoom', () => {
    expect(viewportFitting({ x1: 0, y1: 0, w: 1e7, h: 10 }, 800, 600, OPTIONS).zoom).toBe(0.05);
  });
});
