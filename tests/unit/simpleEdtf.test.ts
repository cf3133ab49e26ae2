import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import { simpleEdtfBounds } from '../../server/dataset/simpleEdtf';

// The fast reader must agree with the edtf package on every string it accepts, and leave every
// other form to the package.

interface PackageValue {
  min: number;
  max: number;
  type: string;
  lower?: PackageValue | number | null;
  upper?: PackageValue | number | null;
}

/** The package's bounds, with an open end ("..", which it reads as an Infinity number) as ±Infinity. */
function packageBounds(text: string): [number, number] {
  const value = edtf(text) as unknown as PackageValue;
  if (value.type !== 'Interval') return [value.min, value.max];
  const lower = typeof value.lower === 'object' && value.lower !== null ? value.lower.min : Number.NEGATIVE_INFINITY;
  const upper = typeof value.upper === 'object' && value.upper !== null ? value.upper.max : Number.POSITIVE_INFINITY;
  return [lower, upper];
}

function points(): string[] {
  const out: string[] = [];
  for (const year of ['1000', '1999', '2000', '2004', '2009', '2100', '9999']) {
    out.push(year);
    for (const month of ['01', '02', '06', '09', '11', '12']) {
      out.push(`${year}-${month}`);
      for (const day of ['01', '15', '28', '29', '30', '31']) out.push(`${year}-${month}-${day}`);
    }
  }
  // Only days the calendar has: 2009-02-29 is refused below, and the package even accepts
  // 1000-02-29 and 2100-02-29 (leap by its rule, not the Gregorian one), so those are left to it.
  return out.filter((text) => {
    const [year, month, day] = text.split('-').map(Number) as [number, number?, number?];
    return day === undefined || new Date(Date.UTC(year, (month as number) - 1, day)).getUTCDate() === day;
  });
}

describe('simpleEdtfBounds', () => {
  const simple = points();
  const qualified = simple.filter((_, index) => index % 7 === 0).flatMap((text) => ['?', '~', '%'].map((q) => text + q));
  const intervals = simple
    .filter((_, index) => index % 5 === 0)
    .flatMap((text, _, list) => [`${text}/..`, `../${text}`, `${list[0]}/${text}`, `${text}/${list[list.length - 1]}`])
    .filter((text) => !/^(.+)\/\1$/.test(text));

  it.each([...simple, ...qualified, ...intervals])('reads %s as the edtf package does', (text) => {
    expect(simpleEdtfBounds(text)).toEqual(packageBounds(text));
  });

  it.each([
    '2009-21', // a season: the caller maps seasons to months itself
    '199X', // unspecified digits
    '/2009', // unknown start
    '2009/', // unknown end
    '../..', // open at both ends
    '0999', // before year 1000
    '2009-02-30', // no such day
    '2009-02-29',
    '2100-02-29', // the package reads it (not a leap year in the Gregorian calendar)
    '2009-13',
    '2009/2008', // ends before it starts
    '2009/2009', // the package wants the end to start after the start
    '2009-05/2009-05-01',
    '2009?-05', // a qualifier inside the value
    '-2009',
    'Y12345',
    '2009-5',
    ' 2009',
    '',
  ])('leaves %j to the edtf package', (text) => {
    expect(simpleEdtfBounds(text)).toBeNull();
  });
});
