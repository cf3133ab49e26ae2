import { describe, expect, it } from 'vitest';
import { explorerReducer, fromUrlState } from './explorer';
import { describeLinkProblems, linkSearch, pictureParam, unreadLinkParts } from './links';
import { decodePicture, encodePicture } from './picture';
import { parseUrlState } from './urlState';

const state = explorerReducer(fromUrlState(parseUrlState('?view=f:person:a&hideKinds=EVENT')), { type: 'select', id: 'person:a' });
const token = encodePicture({ positions: new Map([['person:a', { x: 10, y: -20 }]]), extent: { x1: -50, y1: -50, x2: 50, y2: 50 } });

describe('links', () => {
  it('carry the permalink and the picture, and read both back whole', () => {
    const search = linkSearch(state, token);
    expect(search).toBe(`?sel=person:a&view=f:person:a&hideKinds=EVENT&pic=${token}`);
    expect(pictureParam(search)).toBe(token);
    expect(decodePicture(pictureParam(search)!).ok).toBe(true);
    expect(unreadLinkParts(search)).toEqual([]);
    expect(describeLinkProblems(search)).toBeNull();
    expect(linkSearch(fromUrlState(parseUrlState('')), token)).toBe(`?pic=${token}`);
    expect(linkSearch(state, null)).toBe('?sel=person:a&view=f:person:a&hideKinds=EVENT');
  });

  it('name what a damaged link got wrong', () => {
    expect(unreadLinkParts('?sel=<script>&view=f:person:a&asOf=yesterday&pic=!!')).toEqual(['sel', 'asOf', 'pic']);
    expect(unreadLinkParts('?hideKinds=PERSON,robot!&pathFrom=person:a')).toEqual(['hideKinds', 'pathFrom']);
    expect(describeLinkProblems('?pic=AQA')).toBe('This link is damaged: the picture (positions and zoom) could not be read and is left out; the rest of the link is shown.');
    expect(describeLinkProblems('?sel=<x>&asOf=no')).toMatch(/the selection, the as-of date could not be read and are left out/);
  });

  it('leave alone defaults written out and parameters a newer page may know', () => {
    expect(unreadLinkParts('?layout=fcose&tab=graph&view=&future=1&hideKinds=EVENT,AGENCY')).toEqual([]);
  });
});
