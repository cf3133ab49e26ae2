import { describe, expect, it } from 'vitest';
import type { Claim, RelationSummary } from '../api/types';
import { DEFAULT_URL_STATE } from '../state/urlState';
import { CSV_COLUMNS, csvCell, relationsToCsv } from './toCsv';
import { subgraphToJson } from './toJson';

const relation: RelationSummary = {
  id: 'rel:heal-warned-police',
  type: 'WARNED',
  label: 'warned',
  role: null,
  from: { id: 'person:angie-heal', kind: 'PERSON', name: 'Angie Heal' },
  to: { id: 'agency:syp', kind: 'AGENCY', name: 'South Yorkshire Police' },
  date: { edtf: '2003', earliest: '2003-01-01', latest: '2003-12-31', text: null },
  disputed: false,
  disputedFields: [],
};
const claim: Claim = {
  id: 'claim:003_x:8',
  source: { id: '003_x', title: 'Timeline, 1997-2014', publisher: 'BBC News', author: null, published: null, reliability: 'MEDIUM', note: null },
  locator: '¶8',
  date: null,
  note: 'Says "significant numbers", in 2003',
  stance: 'SUPPORTS',
  erratum: null,
};

describe('csv export', () => {
  it('quotes cells that need it and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('-12')).toBe('-12');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('writes one row per relation and claim, with a header, BOM and CRLF', () => {
    const csv = relationsToCsv([relation], new Map([[relation.id, { note: null, claims: [claim, { ...claim, locator: '¶9', stance: 'CONTRADICTS' }] }]]));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(
      'rel:heal-warned-police,person:angie-heal,Angie Heal,warned,WARNED,agency:syp,South Yorkshire Police,,2003,,2003-01-01,2003-12-31,false,,,003_x,"Timeline, 1997-2014",BBC News,MEDIUM,¶8,,supports,,"Says ""significant numbers"", in 2003"',
    );
    expect(lines[2]).toContain(',¶9,,contradicts,');
  });

  it('still lists a relation whose claims are unknown', () => {
    const lines = relationsToCsv([relation], new Map()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]?.split(',')).toHaveLength(CSV_COLUMNS.length);
  });
});

describe('json export', () => {
  it('holds the view and the sorted subgraph', () => {
    const text = subgraphToJson([], [relation], DEFAULT_URL_STATE, new Date('2024-01-02T03:04:05Z'));
    const data = JSON.parse(text);
    expect(data).toMatchObject({ format: 'inquiry-graph/subgraph@1', exportedAt: '2024-01-02T03:04:05.000Z', entities: [], relations: [{ id: relation.id }] });
    expect(data.view).toEqual(JSON.parse(JSON.stringify(DEFAULT_URL_STATE)));
  });
});
