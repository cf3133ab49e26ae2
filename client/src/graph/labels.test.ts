import { describe, expect, it } from 'vitest';
import { displayName, LABEL_PX, labelBoxes, labelPx, labelScale, pickLabels, shortenLabel, type LabelCandidate } from './labels';

describe('labelPx', () => {
  it('grows with degree from the smallest readable size to the hub size, and no further', () => {
    expect(labelPx(0)).toBe(LABEL_PX.min);
    expect(labelPx(-3)).toBe(LABEL_PX.min);
    expect(labelPx(5)).toBeGreaterThan(labelPx(1));
    expect(labelPx(15)).toBe(LABEL_PX.max);
    expect(labelPx(400)).toBe(LABEL_PX.max);
    expect(LABEL_PX.min).toBeGreaterThanOrEqual(11);
  });
});

describe('shortenLabel', () => {
  it('keeps short names and cuts long ones at a word with an ellipsis', () => {
    expect(shortenLabel('Angie Heal', 34)).toBe('Angie Heal');
    const long = 'Independent Inquiry into Child Sexual Exploitation in Rotherham 1997-2013';
    const short = shortenLabel(long, 34);
    expect(short.length).toBeLessThanOrEqual(34);
    expect(short).toBe('Independent Inquiry into Child…');
  });

  it('cuts inside a word when the first word alone is too long', () => {
    expect(shortenLabel('Supercalifragilisticexpialidocious report', 12)).toBe('Supercalifr…');
  });
});

describe('displayName', () => {
  it('leaves off a trailing bracket that holds a year', () => {
    expect(displayName('Lawsuit by four people against a council (2013)')).toBe('Lawsuit by four people against a council');
    expect(displayName('Multi-agency group (early 2000s)')).toBe('Multi-agency group');
    expect(displayName('Report (2002 draft)')).toBe('Report');
  });

  it('keeps brackets without a year, brackets in the middle, and a name that is only a bracket', () => {
    expect(displayName('Department for Education (DfE)')).toBe('Department for Education (DfE)');
    expect(displayName('Inquiry (2013) into something')).toBe('Inquiry (2013) into something');
    expect(displayName('(2013)')).toBe('(2013)');
  });

  it('tidies spaces and cuts what is still too long', () => {
    expect(displayName('  A   name  ')).toBe('A name');
    expect(displayName('one two three four five six', 14)).toBe('one two three…');
  });
});

describe('labelScale', () => {
  it('is the zoom rounded down to a quarter power of two, at most 1', () => {
    expect(labelScale(1)).toBe(1);
    expect(labelScale(3)).toBe(1);
    expect(labelScale(0.5)).toBe(0.5);
    const zoom = 0.42;
    expect(labelScale(zoom)).toBeLessThanOrEqual(zoom);
    expect(labelScale(zoom)).toBeGreaterThan(zoom / 2 ** 0.25);
  });

  it('answers 1 for a zoom that is no number', () => {
    expect(labelScale(0)).toBe(1);
    expect(labelScale(Number.NaN)).toBe(1);
  });
});

describe('labelBoxes', () => {
  it('puts a label below, above, right and left of the body, a gap away', () => {
    const boxes = labelBoxes({ x1: 0, y1: 0, x2: 20, y2: 20 }, 40, 10, 3);
    expect(boxes.bottom).toEqual({ x1: -10, x2: 30, y1: 23, y2: 33 });
    expect(boxes.top).toEqual({ x1: -10, x2: 30, y1: -13, y2: -3 });
    expect(boxes.right).toEqual({ x1: 23, x2: 63, y1: 5, y2: 15 });
    expect(boxes.left).toEqual({ x1: -43, x2: -3, y1: 5, y2: 15 });
  });
});

describe('pickLabels', () => {
  const view = { x1: 0, y1: 0, x2: 500, y2: 500 };
  // A 10-pixel node at (x, y) with a 100 × 20 label.
  const at = (id: string, x: number, y: number, priority: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
    id,
    body: { x1: x, y1: y, x2: x + 10, y2: y + 10 },
    width: 100,
    height: 20,
    priority,
    forced: false,
    ...extra,
  });

  it('puts labels below their node when there is room', () => {
    expect(pickLabels([at('a', 100, 100, 1), at('b', 300, 300, 1)], view)).toEqual(new Map([['a', 'bottom'], ['b', 'bottom']]));
  });

  it('moves the less important of two colliding labels to another side', () => {
    const placed = pickLabels([at('minor', 100, 100, 1), at('hub', 100, 120, 9)], view);
    expect(placed.get('hub')).toBe('bottom');
    expect(placed.get('minor')).toBe('top');
  });

  it('leaves out a label with no free side, the less important one', () => {
    const crowd = [at('hub', 200, 200, 9), at('n', 200, 160, 5), at('e', 320, 200, 5), at('w', 80, 200, 5), at('minor', 200, 205, 1)];
    const placed = pickLabels(crowd, view);
    expect(placed.has('hub')).toBe(true);
    expect(placed.has('minor')).toBe(false);
  });

  it('does not let a label cover another node, unless it is a hub', () => {
    const covered = [at('a', 200, 200, 5), at('small', 230, 225, 1)];
    expect(pickLabels(covered, view).get('a')).not.toBe('bottom');
    expect(pickLabels([at('a', 200, 200, 5, { hub: true }), at('small', 230, 225, 1)], view).get('a')).toBe('bottom');
  });

  it('always draws forced labels, which push others away', () => {
    const placed = pickLabels([at('hub', 100, 100, 9), at('selected', 100, 100, 0, { forced: true })], view);
    expect(placed.get('selected')).toBe('bottom');
    expect(placed.get('hub')).not.toBe('bottom');
  });

  it('draws no label that runs off the view, and lets nodes off the view block nothing', () => {
    expect(pickLabels([at('edge', 100, 480, 1)], view).get('edge')).toBe('top');
    expect(pickLabels([at('corner', 5, 480, 1)], view).get('corner')).toBe('right');
    const placed = pickLabels([at('off', 700, 700, 9), at('on', 100, 100, 1)], view);
    expect(placed.get('on')).toBe('bottom');
    expect(placed.has('off')).toBe(true);
  });

  it('breaks ties by id, so the same graph always shows the same labels', () => {
    const crowd = (first: string, second: string) => [at(second, 200, 200, 1), at(first, 200, 200, 1)];
    expect(pickLabels(crowd('a', 'b'), view).get('a')).toBe('bottom');
    expect(pickLabels(crowd('b', 'a'), view).get('a')).toBe('bottom');
  });
});
