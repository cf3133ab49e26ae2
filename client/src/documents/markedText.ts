/** A part of a paragraph to mark: UTF-16 offsets, `end` exclusive (the API's TextRange), and what it names. */
export interface TextMark {
  start: number;
  end: number;
  label: string;
}

export type TextPiece = { text: string; mark: TextMark | null };

/**
 * The text cut into plain and marked pieces, in order. Marks are taken by their start; one that
 * overlaps a mark already taken, or falls outside the text, is left out rather than cutting
 * into another.
 */
export function splitMarked(text: string, marks: readonly TextMark[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (mark.start < at || mark.end > text.length || mark.end <= mark.start) continue;
    if (mark.start > at) pieces.push({ text: text.slice(at, mark.start), mark: null });
    pieces.push({ text: text.slice(mark.start, mark.end), mark });
    at = mark.end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), mark: null });
  return pieces;
}
