// A claim's locator names a paragraph or a run of them: "¶12", "¶12-14".

export const LOCATOR_PATTERN = /^¶(\d+)(?:-(\d+))?$/;

export const LOCATOR_MESSAGE = 'must be a paragraph locator like "¶12" or "¶12-14"';

/** The first and last paragraph a locator names; null when it is not a locator. */
export function parseLocator(locator: string): { from: number; to: number } | null {
  const match = LOCATOR_PATTERN.exec(locator);
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return { from, to };
}

/**
 * Why a locator does not point into a document of `paragraphCount` paragraphs, naming the
 * source and the locator; null when it does.
 */
export function locatorProblem(sourceId: string, locator: string, paragraphCount: number): string | null {
  const range = parseLocator(locator);
  if (range === null) return `"${locator}" ${LOCATOR_MESSAGE}`;
  if (range.from < 1 || range.to < range.from) return `"${locator}" of source "${sourceId}" is not a paragraph range (paragraphs count from 1, first before last)`;
  if (range.to > paragraphCount) return `"${locator}" of source "${sourceId}" points beyond its document, which has ${paragraphCount} paragraph(s)`;
  return null;
}
