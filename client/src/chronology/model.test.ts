import { describe, expect, it } from 'vitest';
import { makeTimeScale, timeDomain } from './axis';
import { GEOMETRY, layoutChronology, placeX } from './layout';
import { TEST_KINDS } from '../profile/fixtures.test-data';
import { buildChronology, kindsLaneName, laneKnowledge, OTHER_LANE, type ChronologyInput } from './model';
import { dayStart, spanOf } from './span';
import { CLAIMS, ENTITIES, RELATIONS, VOCABULARY, bystander, toldCouncil, warned } from './fixtures.test-data';

function input(overrides: Partial<ChronologyInput> = {}): ChronologyInput {
  return {
    entities: ENTITIES,
    relations: RELATIONS,
    vocabulary: VOCABULARY,
    knowledge: [],
    raised: [],
    claims: CLAIMS,
    lanes: { mode: 'knowledge', ids: new Set() },
    actorKinds: new Set(['PERSON', 'AGENCY']),
    kinds: TEST_KINDS.list,
    ...overrides,
  };
}

describe('chronology model', () => {
  it("names the lane of the rest by the plurals of the kinds it holds, in the data set's order", () => {
    expect(kindsLaneName(TEST_KINDS.list, new Set(['EVENT', 'REPORT']))).toBe('Reports and events');
    const harbour = [{ kind: 'COMPANY', plural: 'Companies' }, { kind: 'CONTRACT', plural: 'Contracts' }, { kind: 'AUDIT', plural: 'Audits' }];
    expect(kindsLaneName(harbour, new Set(['AUDIT', 'CONTRACT']))).toBe('Contracts and audits');
    expect(kindsLaneName(harbour, new Set(['AUDIT']))).toBe('Audits');
    expect(kindsLaneName(harbour, new Set(['AUDIT', 'SHIP', 'COMPANY', 'CONTRACT']))).toBe('Companies, contracts, audits and ship');
  });

  it('gives a lane to each warner and receiver, the author of a warning report standing for it', () => {
    const model = buildChronology(input());
    expect(model.lanes.map((l) => l.id).sort()).toEqual(['agency:council', 'agency:police', 'person:author']);
    const arrow = model.items.find((i) => i.id === 'rel:warned');
    expect(arrow).toMatchObject({ laneId: 'agency:police', knowledge: { fromLane: 'person:author' }, label: 'The Report (2003) warned' });
    // The report itself sits in its author's lane.
    expect(model.items.find((i) => i.id === 'report:r')?.laneId).toBe('person:author');
  });

  it('keeps an open start open', () => {
    const model = buildChronology(input());
    expect(model.items.find((i) => i.id === toldCouncil.id)?.span).toEqual({ start: null, end: dayStart('2005-07-01') });
  });

  it('with picked lanes, shows only those, and each claimed date of a disputed fact', () => {
    const model = buildChronology(input({ lanes: { mode: 'picked', ids: new Set([bystander.id]) } }));
    expect(model.lanes.map((l) => l.id)).toEqual([bystander.id, OTHER_LANE]);
    // The lane of the rest is named by the kinds it holds (the report, its author not picked).
    expect(model.lanes.at(-1)?.name).toBe('Reports');
    const role = model.items.find((i) => i.id === 'rel:role');
    expect(role?.claimed.map((c) => c.text)).toEqual(['1999', '2001']);
    expect(role?.label).toBe('held the role at The Council');
  });

  it('shades a lane possibly from the earliest start, certainly from the earliest end', () => {
    expect(laneKnowledge({ actorId: 'agency:police', channel: 'DIRECT', evidence: [warned], chain: [] })).toEqual({
      channel: 'DIRECT',
      possibleFrom: dayStart('2003-01-01'),
      certainFrom: dayStart('2004-01-01'),
    });
    expect(laneKnowledge({ actorId: 'agency:council', channel: 'INSTITUTIONAL', evidence: [toldCouncil, warned], chain: [] })).toEqual({
      channel: 'INSTITUTIONAL',
      possibleFrom: null,
      certainFrom: dayStart('2004-01-01'),
    });
  });

  it('records raised concerns on the lane', () => {
    const model = buildChronology(input({ raised: [{ actorId: 'person:author', relations: [warned] }] }));
    expect(model.lanes.find((l) => l.id === 'person:author')?.raisedFrom).toEqual(spanOf(warned.date));
  });
});

describe('chronology layout', () => {
  const measure = (text: string) => text.length * 7;
  it('draws an open end as a short stub from the known end, not from the axis start', () => {
    const model = buildChronology(input());
    const scale = makeTimeScale(timeDomain(model.items.map((i) => i.span), [1990, 1991]), 1000);
    const told = model.items.find((i) => i.id === toldCouncil.id)!;
    const x = placeX(told, scale);
    expect(x.openStart).toBe(true);
    expect(x.x2).toBeCloseTo(scale(dayStart('2005-07-01')));
    expect(x.x2 - x.x1).toBe(GEOMETRY.openStub);
    expect(x.anchor).toBeCloseTo(x.x2);
  });

  it('stacks items of a lane in rows so that no label overlaps another', () => {
    const model = buildChronology(input());
    const scale = makeTimeScale(timeDomain(model.items.map((i) => i.span), [1990, 1991]), 600);
    const layout = layoutChronology(model, scale, measure);
    const boxes = layout.items.map((p) => {
      const x = placeX(p.item, scale);
      return { lane: p.item.laneId, row: p.row, left: x.x1, right: Math.max(x.x2, x.x1 + measure(p.label)) };
    });
    for (const a of boxes) for (const b of boxes) if (a !== b && a.lane === b.lane && a.row === b.row) expect(a.right <= b.left || b.right <= a.left).toBe(true);
    // Lanes are stacked top to bottom without gaps.
    layout.lanes.forEach((lane, i) => expect(lane.y).toBe(i === 0 ? 0 : layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height));
  });
});
