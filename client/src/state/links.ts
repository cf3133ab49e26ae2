import { toUrlState, type ExplorerState } from './explorer';
import { decodePicture } from './picture';
import { parseUrlState, serializeUrlState } from './urlState';

// A link to a view is its permalink plus the picture on screen ("pic"): the same format serves
// "Copy link", saved views and history entries. Reading one says what could not be read, so a
// damaged link is named as such rather than silently showing something else.

export const PICTURE_PARAM = 'pic';
/** Beyond this the link carries no picture, and the page lays the view out afresh. */
export const LINK_PICTURE_MAX_CHARS = 3000;

/** The query string of a link to this state, with the picture when there is one. */
export function linkSearch(state: ExplorerState, picture: string | null): string {
  const search = serializeUrlState(toUrlState(state));
  if (!picture) return search;
  return `${search}${search ? '&' : '?'}${PICTURE_PARAM}=${picture}`;
}

/** The picture token of a query string, as written (read it with decodePicture). */
export function pictureParam(search: string): string | null {
  return new URLSearchParams(search).get(PICTURE_PARAM);
}

// Parameters the permalink writes; a value of one of these that does not come back when read
// and written again was not understood. Others are left alone (a newer page may know them).
const STATE_KEYS = ['sel', 'view', 'hideKinds', 'hideTypes', 'from', 'to', 'layout', 'asOf', 'pathFrom', 'pathTo', 'tab'];
const DEFAULT_VALUES: Record<string, string> = { layout: 'fcose', tab: 'graph' };

function items(value: string): string {
  return value
    .split(',')
    .filter((item) => item.length > 0)
    .sort()
    .join(',');
}

/** Names of the parameters of a link that could not be read (empty when all were). */
export function unreadLinkParts(search: string): string[] {
  const params = new URLSearchParams(search);
  const again = new URLSearchParams(serializeUrlState(parseUrlState(search)));
  const unread = new Set<string>();
  for (const [key, value] of params) {
    if (key === PICTURE_PARAM) {
      if (!decodePicture(value).ok) unread.add(key);
      continue;
    }
    if (!STATE_KEYS.includes(key) || value === '' || DEFAULT_VALUES[key] === value) continue;
    const kept = again.get(key);
    if (kept === null || items(kept) !== items(value)) unread.add(key);
  }
  return [...unread];
}

const PART_NAMES: Record<string, string> = {
  sel: 'the selection',
  view: 'what the graph shows',
  hideKinds: 'the kind filter',
  hideTypes: 'the relation filter',
  from: 'the start date',
  to: 'the end date',
  layout: 'the layout',
  asOf: 'the as-of date',
  pathFrom: 'the path',
  pathTo: 'the path',
  tab: 'the view tab',
  pic: 'the picture (positions and zoom)',
};

/** A sentence naming what a link got wrong, or null for a link read whole. */
export function describeLinkProblems(search: string): string | null {
  const unread = unreadLinkParts(search);
  if (unread.length === 0) return null;
  const parts = [...new Set(unread.map((key) => PART_NAMES[key] ?? key))];
  return `This link is damaged: ${parts.join(', ')} could not be read and ${parts.length === 1 ? 'is' : 'are'} left out; the rest of the link is shown.`;
}
