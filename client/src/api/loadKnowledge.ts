import type { GraphQLRequest } from './client';
import { KNOWLEDGE, RAISED_CONCERNS } from './operations';
import type { Knowledge, KnowledgeResult, RaisedConcern, RaisedConcernsResult } from './types';

// Who knew, and who raised concerns, as of a date: every row, page after page (the API pages
// both by cursor so that a large data set answers in bounded time and size).

// Sizes that keep one request under the server's cost limit (rows times their lists).
const KNOWLEDGE_PAGE = 50;
const RAISED_PAGE = 100;
/** Most warnings listed per actor and channel (or per concern-raiser). */
export const EVIDENCE_LIMIT = 50;

async function allPages<T extends { cursor: string }>(size: number, fetchPage: (after: string | null) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    rows.push(...page);
    const last = page[page.length - 1];
    if (page.length < size || !last) return rows;
    after = last.cursor;
  }
}

export function loadKnowledge(request: GraphQLRequest, asOf: string, signal?: AbortSignal): Promise<Knowledge[]> {
  return allPages(KNOWLEDGE_PAGE, async (after) => (await request<KnowledgeResult>(KNOWLEDGE, { asOf, first: KNOWLEDGE_PAGE, after, evidence: EVIDENCE_LIMIT }, { signal })).knowledge);
}

export function loadRaisedConcerns(request: GraphQLRequest, asOf: string, signal?: AbortSignal): Promise<RaisedConcern[]> {
  return allPages(RAISED_PAGE, async (after) => (await request<RaisedConcernsResult>(RAISED_CONCERNS, { asOf, first: RAISED_PAGE, after, relations: EVIDENCE_LIMIT }, { signal })).raisedConcerns);
}
