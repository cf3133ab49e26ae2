// Fitting a label into a width: whole when it fits, else cut at a word (or character) with an
// ellipsis. The measure is handed in, so the page can use the real font and tests a fixed one.

export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/** A rough measure for a sans-serif font of `fontSize` px (wide enough never to underestimate much). */
export function estimateWidth(fontSize: number): Measure {
  return (text) => {
    let em = 0;
    for (const ch of text) {
      if ('iljtfrI.,:;\'!|() '.includes(ch)) em += 0.34;
      else if ('mwMW@'.includes(ch)) em += 0.9;
      else if (ch >= 'A' && ch <= 'Z') em += 0.7;
      else em += 0.58;
    }
    return em * fontSize;
  };
}

/** The label as shown: the whole text if it fits in `maxWidth`, else its longest fitting start plus "…". */
export function fitLabel(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  if (measure(ELLIPSIS) > maxWidth) return '';
  let low = 0;
  let high = text.length;
  // Longest prefix that fits with the ellipsis: binary search on length.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  // Cut at a word when there is one, so what shows is whole words of the full name.
  let cut = text.slice(0, low);
  const space = cut.lastIndexOf(' ');
  if (space > 0 && text[low] !== ' ') cut = cut.slice(0, space);
  return cut.trimEnd() + ELLIPSIS;
}
