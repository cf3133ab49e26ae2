import { SHEETS, type Column } from './columns';

// The README of the template folder, written from the column table (columns.ts), so that what
// it says is what the importer does.

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function allowed(column: Column): string {
  const values = column.values ? column.values.map((value) => `\`${value}\``).join(', ') : '';
  const byType = column.type === 'number' ? 'a number' : column.type === 'list' ? 'values separated by ` | `' : '';
  const text = [values, byType].filter(Boolean).join('; ') || 'text';
  return column.default ? `${text} (empty: \`${column.default}\`)` : text;
}

/** The template's README.md: how to fill the files in, and every column of every file. */
export function templateReadme(): string {
  const lines = [
    '# Your inquiry as spreadsheets',
    '',
    'One CSV file per kind of record. Fill them in with any spreadsheet program, save each as',
    '"CSV UTF-8" (comma-separated), then turn the folder into a data set:',
    '',
    '```sh',
    'npm run data:import -- --from THIS_FOLDER --out my-inquiry',
    'npm start -- --data my-inquiry',
    '```',
    '',
    'The import writes nothing unless every file is right; each problem names the file, the row',
    '(as the spreadsheet numbers it: the header is row 1) and the column.',
    '',
    '- The first row of each file is the header: keep the column names as they are; their order',
    '  does not matter, and a column that is not required may be left out. An unknown column is an error.',
    '- An empty cell means "not given". Required cells must not be empty. Spaces before and after',
    '  a cell\'s text are ignored, so a cell of spaces is empty too.',
    '- Dates come in two columns: `*_edtf`, an [EDTF](https://www.loc.gov/standards/datetime/) date',
    '  as precise as the source (`2019-03-14`, `2019-03`, `2019~` about 2019, `2015/2018` between,',
    '  `../2019` by 2019, `2019/..` from 2019 on), and `*_text`, the same date in words if you',
    '  want it shown so. `*_text` needs its `*_edtf`.',
    '- Every entity and every relation needs at least one row in claims.csv: which source says so,',
    '  where (`¶N`, the N-th non-empty line of the source text), and what it says in your own words.',
    '- figures.csv is optional. A folder `documents/` beside the files may hold the sources\' texts,',
    '  one `<source id>.txt` each: then every locator citing that source is checked against it.',
    '- An export writes text that starts like a formula (`=`, `+`, `-`, `@`) with an apostrophe',
    '  in front, so that no spreadsheet runs it; the import takes that apostrophe off again.',
    '',
    'See seed/README.md in the repository for what the records mean.',
  ];
  for (const sheet of SHEETS) {
    lines.push('', `## ${sheet.file}${sheet.optional ? ' (optional)' : ''}`, '', sheet.rows, '', '| column | required | meaning | allowed values | example |', '|---|---|---|---|---|');
    for (const column of sheet.columns) {
      lines.push(`| \`${column.name}\` | ${column.required ? 'yes' : 'no'} | ${cell(column.meaning)} | ${cell(allowed(column))} | \`${cell(column.example)}\` |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
