// The chronology bench page (built by bench/pageBench.ts with Vite): draws the page's own
// ChronologyChart for a synthetic data set of a given number of dated items, reports how long
// until it was drawn, then pans it by mouse drag and counts the frames the browser managed.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { EntityKind, EntitySummary, RelationSummary } from '../../client/src/api/types';
import { buildChronology } from '../../client/src/chronology';
import { ChronologyChart } from '../../client/src/components/ChronologyChart';
import { seededRandom } from '../../client/src/graph/seededRandom';
import { kindRegistry, ProfileProvider, type DatasetProfile } from '../../client/src/profile';
import '../../client/src/styles.css';

const ACTORS = 60;
const TYPES = [
  { type: 'WARNED', label: 'warned', carriesKnowledge: true, creditsAuthor: false },
  { type: 'HELD_ROLE', label: 'held the role at', carriesKnowledge: false, creditsAuthor: false },
  { type: 'CRITICISED', label: 'criticised', carriesKnowledge: false, creditsAuthor: false },
];

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `items` dated relations among 60 actors over 1990-2020: a fifth warnings, some open-ended, some year-wide. */
function syntheticData(items: number) {
  const random = seededRandom(items);
  const entities: EntitySummary[] = Array.from({ length: ACTORS }, (_, i) => ({
    id: `a${i}`,
    kind: (i % 2 === 0 ? 'AGENCY' : 'PERSON') as EntityKind,
    name: `Synthetic actor ${i}`,
    date: null,
    disputed: false,
    disputedFields: [],
    degree: 0,
  }));
  const ref = (i: number) => ({ id: `a${i}`, kind: entities[i]!.kind, name: entities[i]!.name });
  const relations: RelationSummary[] = [];
  for (let r = 0; r < items; r++) {
    const from = Math.floor(random() * ACTORS);
    const to = (from + 1 + Math.floor(random() * (ACTORS - 1))) % ACTORS;
    const year = 1990 + Math.floor(random() * 30);
    const month = 1 + Math.floor(random() * 12);
    const shape = r % 7;
    const date =
      shape === 0
        ? { edtf: `${year}`, earliest: iso(year, 1, 1), latest: iso(year, 12, 31), text: null }
        : shape === 1
          ? { edtf: `${year}-${month}/..`, earliest: iso(year, month, 1), latest: null, text: null }
          : { edtf: iso(year, month, 15), earliest: iso(year, month, 15), latest: iso(year, month, 15), text: null };
    const type = TYPES[r % 5 === 0 ? 0 : 1 + (r % 2)]!;
    relations.push({ id: `r${r}`, type: type.type, label: type.label, role: null, from: ref(from), to: ref(to), date, disputed: false, disputedFields: [] });
  }
  return { entities, relations };
}

/** The chart reads the data set's period and kinds from the explorer's profile. */
const PROFILE: DatasetProfile = {
  info: {
    title: 'Synthetic chronology',
    description: 'Dated relations among synthetic actors, for the benchmark.',
    period: { edtf: '1990/2020', earliest: '1990-01-01', latest: '2020-12-31', text: null },
  },
  kinds: kindRegistry([
    { kind: 'PERSON' as EntityKind, label: 'Person', plural: 'People', shape: 'ellipse', colour: '#1d4ed8', actor: true, count: 0 },
    { kind: 'AGENCY' as EntityKind, label: 'Agency', plural: 'Agencies', shape: 'round-rectangle', colour: '#047857', actor: true, count: 0 },
  ]),
};

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
let root: Root | null = null;

async function chronologyBench(items: number, panMs = 2000) {
  const { entities, relations } = syntheticData(items);
  const model = buildChronology({
    entities: new Map(entities.map((e) => [e.id, e])),
    relations: new Map(relations.map((r) => [r.id, r])),
    vocabulary: TYPES,
    knowledge: [],
    raised: [],
    claims: new Map(),
    lanes: { mode: 'knowledge', ids: new Set() },
    actorKinds: new Set(['PERSON', 'AGENCY']),
    kinds: [
      { kind: 'PERSON', plural: 'People' },
      { kind: 'AGENCY', plural: 'Agencies' },
    ],
  });
  const container = document.getElementById('chronology') as HTMLDivElement;
  root?.unmount();
  const started = performance.now();
  root = createRoot(container);
  flushSync(() =>
    root!.render(
      createElement(ProfileProvider, {
        profile: PROFILE,
        children: createElement(ChronologyChart, { model, selected: null, asOf: null, range: { from: null, to: null }, onSelect: () => undefined, onRange: () => undefined }),
      }),
    ),
  );
  await nextFrame();
  await nextFrame();
  const drawMs = performance.now() - started;
  const renderer = container.querySelector('[data-renderer]')?.getAttribute('data-renderer') ?? '?';

  // Zoom in so there is room to pan, then drag the lanes left for `panMs`, one move per frame.
  for (let i = 0; i < 4; i++) (container.querySelector('button[aria-label="Zoom in"]') as HTMLButtonElement).click();
  await nextFrame();
  const plot = container.querySelector('.chrono-plot') as HTMLDivElement;
  const box = plot.getBoundingClientRect();
  let x = box.left + box.width * 0.8;
  const y = box.top + 200;
  plot.dispatchEvent(new MouseEvent('mousedown', { clientX: x, clientY: y, button: 0, bubbles: true, view: window }));
  let frames = 0;
  const panStart = performance.now();
  while (performance.now() - panStart < panMs) {
    x -= 6;
    window.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, view: window }));
    await nextFrame();
    frames++;
  }
  const panElapsed = performance.now() - panStart;
  window.dispatchEvent(new MouseEvent('mouseup', { clientX: x, clientY: y, bubbles: true, view: window }));
  return { items: model.items.length, lanes: model.lanes.length, renderer, drawMs, panFps: (frames * 1000) / panElapsed };
}

(window as unknown as { __chronologyBench: typeof chronologyBench }).__chronologyBench = chronologyBench;
document.title = 'ready';
