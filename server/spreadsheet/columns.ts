import { claimSchema, figureSchema, kindShapes, relationTypeSchema, sourceSchema } from '../dataset/fileSchema';

// The one definition of the spreadsheet form of a data set (the agreed CSV contract): which
// files, which columns, where each column's value goes in the data-set records, and what the
// template's README says about it. The importer, the exporter and the template all read it.

/**
 * How a cell becomes a value: `text` as written; `yesno` a boolean; `number` a number; `list`
 * several values separated by " | "; `dateText` the wording half of a date, which needs its
 * `_edtf` column.
 */
export type CellType = 'text' | 'yesno' | 'number' | 'list' | 'dateText';

export interface Column {
  name: string;
  required: boolean;
  /** Dotted path of the value in the record ("date.edtf"); null for a column that links rows (claims.csv `record`). */
  field: string | null;
  type: CellType;
  meaning: string;
  /** The values allowed, when there is a fixed list. */
  values?: readonly string[];
  /** What an empty cell means, when it means something. */
  default?: string;
  example: string;
}

export type SheetName = 'dataset' | 'kinds' | 'vocabulary' | 'sources' | 'entities' | 'relations' | 'figures' | 'claims';

export interface Sheet {
  name: SheetName;
  file: string;
  /** What its rows are, as a sentence. */
  rows: string;
  /** Files that may be left out (figures.csv). */
  optional: boolean;
  columns: readonly Column[];
}

const LIST_SEPARATOR_TEXT = 'several in one cell separated by " | "';

function dateColumns(prefix: string, field: string, what: string, edtfExample: string, textExample: string): Column[] {
  return [
    {
      name: `${prefix}_edtf`,
      required: false,
      field: `${field}.edtf`,
      type: 'text',
      meaning: `${what}, as an EDTF date (see "Dates" in seed/README.md): as precise as the source and no more`,
      example: edtfExample,
    },
    {
      name: `${prefix}_text`,
      required: false,
      field: `${field}.text`,
      type: 'dateText',
      meaning: `the same date in words, when the EDTF alone would lose how the source puts it; needs \`${prefix}_edtf\``,
      example: textExample,
    },
  ];
}

const yesNo = ['yes', 'no'] as const;

const claimColumns: Column[] = [
  { name: 'record', required: true, field: null, type: 'text', meaning: 'the id of the entity or relation the claim backs (entities.csv or relations.csv `id`); a record has one row per claim, kept in row order', example: 'company:tarnwell-pumps' },
  {
    name: 'figure',
    required: false,
    field: null,
    type: 'text',
    meaning: 'the `figure` name of one of that entity\'s figures (figures.csv): the claim backs that number, not the entity. When an entity has two figures of the same name, add " #1", " #2" (their order in figures.csv)',
    example: 'pumps supplied',
  },
  { name: 'source', required: true, field: 'source', type: 'text', meaning: 'the `id` of a source in sources.csv', example: 'council-minutes-2019' },
  { name: 'locator', required: true, field: 'locator', type: 'text', meaning: 'where in the source: paragraph `¶N` or `¶N-M`, counting the non-empty lines of its text from 1', example: '¶12' },
  ...dateColumns('date', 'date', 'the date as this source gives it (may differ from the record\'s date)', '2019-03', 'March 2019'),
  { name: 'note', required: true, field: 'note', type: 'text', meaning: 'what the source says, in your own words', example: 'The minutes record the contract being signed.' },
  { name: 'stance', required: false, field: 'stance', type: 'text', values: claimSchema.shape.stance.unwrap().options, default: 'supports', meaning: '`contradicts` when this source says it did not happen, or not so', example: 'supports' },
  { name: 'erratum', required: false, field: 'erratum', type: 'text', meaning: 'your note that the source itself is probably wrong here (a slip, a misprint)', example: 'The minutes give the wrong year.' },
];

/** Every sheet, in the order they are read and written. */
export const SHEETS: readonly Sheet[] = [
  {
    name: 'dataset',
    file: 'dataset.csv',
    rows: 'Exactly one row: the inquiry.',
    optional: false,
    columns: [
      { name: 'title', required: true, field: 'title', type: 'text', meaning: 'the inquiry\'s name, shown as the page\'s title', example: 'Tarnwell water contracts' },
      {
        name: 'period_edtf',
        required: true,
        field: 'period.edtf',
        type: 'text',
        meaning: 'the years the inquiry covers, as an EDTF interval: the page\'s default date range',
        example: '2015/2021',
      },
      { name: 'period_text', required: false, field: 'period.text', type: 'dateText', meaning: 'the same period in words', example: '2015–2021' },
      { name: 'description', required: true, field: 'description', type: 'text', meaning: 'a few sentences for the page\'s introduction', example: 'Who at the council knew the pump contracts were overpriced, and when.' },
    ],
  },
  {
    name: 'kinds',
    file: 'kinds.csv',
    rows: 'One row per kind of entity.',
    optional: false,
    columns: [
      { name: 'kind', required: true, field: 'kind', type: 'text', meaning: 'PascalCase name; an entity\'s id starts with it in lower case and a colon', example: 'Company' },
      { name: 'label', required: true, field: 'label', type: 'text', meaning: 'how the page names one', example: 'Company' },
      { name: 'plural', required: true, field: 'plural', type: 'text', meaning: 'how the page names several', example: 'Companies' },
      { name: 'shape', required: true, field: 'shape', type: 'text', values: kindShapes, meaning: 'the shape of its nodes', example: 'round-rectangle' },
      { name: 'colour', required: true, field: 'colour', type: 'text', meaning: 'its nodes\' colour, `#rrggbb`, dark enough for a white label backing to show', example: '#1d4ed8' },
      { name: 'actor', required: true, field: 'actor', type: 'yesno', values: yesNo, meaning: '`yes` when entities of this kind can know things (people, bodies)', example: 'yes' },
    ],
  },
  {
    name: 'vocabulary',
    file: 'vocabulary.csv',
    rows: 'One row per relation type.',
    optional: false,
    columns: [
      { name: 'type', required: true, field: 'type', type: 'text', meaning: 'UPPER_SNAKE_CASE name', example: 'WARNED' },
      { name: 'label', required: true, field: 'label', type: 'text', meaning: 'how a sentence reads it: "<from> label <to>"', example: 'warned' },
      { name: 'description', required: true, field: 'description', type: 'text', meaning: 'what the relation means, from which end to which', example: 'The from end told the to end of a concern.' },
      { name: 'carries_knowledge', required: true, field: 'carriesKnowledge', type: 'yesno', values: yesNo, meaning: '`yes` when the `to` end learns something through it (warned, sent a report to)', example: 'yes' },
      {
        name: 'passes_knowledge',
        required: false,
        field: 'passesKnowledge',
        type: 'text',
        values: relationTypeSchema.shape.passesKnowledge.unwrap().options,
        meaning: 'how what one end knows as an institution reaches the other: `forward` (from end to to end), `backward`, `both`; empty for types that pass nothing',
        example: 'both',
      },
      { name: 'credits_author', required: false, field: 'creditsAuthor', type: 'yesno', values: yesNo, meaning: '`yes` when the `from` end wrote the `to` end: concerns the work raised count as its author\'s', example: 'no' },
    ],
  },
  {
    name: 'sources',
    file: 'sources.csv',
    rows: 'One row per source.',
    optional: false,
    columns: [
      { name: 'id', required: true, field: 'id', type: 'text', meaning: 'letters, digits, `_`, `.`, `-`; its text, if attached, is documents/<id>.txt', example: 'council-minutes-2019' },
      { name: 'title', required: true, field: 'title', type: 'text', meaning: 'a short title of the document', example: 'Council minutes, March 2019' },
      { name: 'publisher', required: false, field: 'publisher', type: 'text', meaning: 'as the document names it', example: 'Tarnwell Borough Council' },
      { name: 'author', required: false, field: 'author', type: 'text', meaning: 'as the document names it', example: 'Democratic services' },
      ...dateColumns('published', 'published', 'when it was published', '2019-03-14', 'mid-March 2019'),
      { name: 'reliability', required: true, field: 'reliability', type: 'text', values: sourceSchema.shape.reliability.options, meaning: 'how far you trust it', example: 'HIGH' },
      { name: 'note', required: false, field: 'note', type: 'text', meaning: 'why you trust it that much, known slips', example: 'Approved minutes.' },
    ],
  },
  {
    name: 'entities',
    file: 'entities.csv',
    rows: 'One row per entity.',
    optional: false,
    columns: [
      { name: 'id', required: true, field: 'id', type: 'text', meaning: '<kind in lower case>:<lower-case-words>; stable, never reused', example: 'company:tarnwell-pumps' },
      { name: 'kind', required: true, field: 'kind', type: 'text', meaning: 'a `kind` from kinds.csv', example: 'Company' },
      { name: 'name', required: true, field: 'name', type: 'text', meaning: 'as the sources name it', example: 'Tarnwell Pumps Ltd' },
      { name: 'aliases', required: false, field: 'aliases', type: 'list', meaning: `other names the sources use (searchable), ${LIST_SEPARATOR_TEXT}; an alias cannot contain "|"`, example: 'Tarnwell Pumps | TPL' },
      { name: 'summary', required: true, field: 'summary', type: 'text', meaning: 'one or two sentences in your own words', example: 'The firm that supplied the borough\'s pumps.' },
      ...dateColumns('date', 'date', 'when it happened, was published or was set up', '2014~', 'about 2014'),
    ],
  },
  {
    name: 'relations',
    file: 'relations.csv',
    rows: 'One row per relation.',
    optional: false,
    columns: [
      { name: 'id', required: true, field: 'id', type: 'text', meaning: '`rel:<lower-case-words>`', example: 'rel:auditor-warned-council' },
      { name: 'type', required: true, field: 'type', type: 'text', meaning: 'a `type` from vocabulary.csv', example: 'WARNED' },
      { name: 'from', required: true, field: 'from', type: 'text', meaning: 'the entity id it starts at', example: 'person:ada-quill' },
      { name: 'to', required: true, field: 'to', type: 'text', meaning: 'the entity id it ends at', example: 'agency:tarnwell-council' },
      { name: 'role', required: false, field: 'role', type: 'text', meaning: 'for a role held: the post', example: 'chief auditor' },
      ...dateColumns('date', 'date', 'when; for a link that held for a while, the interval (an end the sources do not give stays open: `2016/..`)', '2019-03-14', '14 March 2019'),
      { name: 'note', required: false, field: 'note', type: 'text', meaning: 'context in your own words', example: 'By letter.' },
    ],
  },
  {
    name: 'figures',
    file: 'figures.csv',
    rows: 'One row per figure: a number the sources give about an entity.',
    optional: true,
    columns: [
      { name: 'record', required: true, field: null, type: 'text', meaning: 'the `id` of the entity in entities.csv; an entity\'s figures keep their row order', example: 'company:tarnwell-pumps' },
      { name: 'figure', required: true, field: 'name', type: 'text', meaning: 'what is counted; claims.csv names the figure by it', example: 'pumps supplied' },
      { name: 'value', required: true, field: 'value', type: 'number', meaning: 'the number, digits with an optional `.` (no thousands separators)', example: '140' },
      { name: 'qualifier', required: false, field: 'qualifier', type: 'text', values: figureSchema.shape.qualifier.unwrap().options, default: 'exactly', meaning: 'how exact the number is', example: 'about' },
      { name: 'unit', required: false, field: 'unit', type: 'text', meaning: 'what the number counts', example: 'pumps' },
    ],
  },
  {
    name: 'claims',
    file: 'claims.csv',
    rows: 'One row per claim: where a source says that an entity, a relation or a figure is so.',
    optional: false,
    columns: claimColumns,
  },
];

export const sheet = (name: SheetName): Sheet => SHEETS.find((candidate) => candidate.name === name) as Sheet;
