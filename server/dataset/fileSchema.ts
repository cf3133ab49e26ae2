import { z } from 'zod';
import { LOCATOR_MESSAGE, LOCATOR_PATTERN } from '../documents/locator';

// The shape of the files in one data-set folder (seed/<name>/). Documented in seed/README.md.
// Validation of references between files (unknown source, dangling relation end, duplicate
// id) happens in buildDataset.ts; this file only checks each record on its own.

const id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[a-z0-9][a-z0-9-]*$`), `must look like "${prefix}:lower-case-words"`);

export const dateSchema = z.strictObject({
  edtf: z.string().min(1),
  text: z.string().min(1).optional(),
});

export const claimSchema = z.strictObject({
  source: z.string().min(1),
  locator: z.string().regex(LOCATOR_PATTERN, LOCATOR_MESSAGE),
  date: dateSchema.optional(),
  note: z.string().min(1),
  /** "contradicts": this source says the fact did not happen (or not as stated). */
  stance: z.enum(['supports', 'contradicts']).default('supports'),
  /** Our note that the source itself is probably in error here (a slip, a mistranslation). */
  erratum: z.string().min(1).optional(),
});

export const figureSchema = z.strictObject({
  name: z.string().min(1),
  value: z.number(),
  qualifier: z.enum(['exactly', 'about', 'at least', 'more than', 'at most']).default('exactly'),
  unit: z.string().min(1).optional(),
  claims: z.array(claimSchema).min(1, 'needs at least one claim'),
});

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'must be the source file name without extension'),
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  published: dateSchema.optional(),
  reliability: z.enum(['HIGH', 'MEDIUM', 'LOW']),
  note: z.string().min(1).optional(),
});

export const relationTypeSchema = z.strictObject({
  type: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be UPPER_SNAKE_CASE'),
  label: z.string().min(1),
  description: z.string().min(1),
  carriesKnowledge: z.boolean(),
  /**
   * Institutional knowledge: which way what one end knows reaches the other. "forward": what
   * the `from` end knows, the `to` end knows (a part's knowledge is its body's); "backward":
   * what the `to` end knows, the `from` end knows (a body's knowledge is its members'); "both".
   */
  passesKnowledge: z.enum(['forward', 'backward', 'both']).optional(),
  /** The `from` end wrote the `to` end: concerns the `to` end raised are the author's too. */
  creditsAuthor: z.boolean().optional(),
});

/**
 * Cytoscape node shapes a kind may take (the page draws the legend's icons from the same list).
 * Not 'diamond': Cytoscape 3.34 never hit-tests it under the pointer; 'round-diamond' is.
 */
export const kindShapes = ['ellipse', 'round-rectangle', 'rectangle', 'tag', 'round-tag', 'round-diamond', 'hexagon', 'round-hexagon', 'triangle', 'round-triangle', 'octagon', 'star', 'barrel'] as const;

/**
 * Labels the stores use themselves: a kind cannot take one, since every entity carries its
 * kind as a Neo4j label beside :Entity.
 */
const RESERVED_KIND_NAMES = new Set(['Entity', 'Source', 'RelationType', 'EntityKind', 'Dataset', 'Dispute', 'Change', 'ChangeRecord', 'ChangeSequence', 'Redirect', 'Document', 'Paragraph']);

export const kindSchema = z.strictObject({
  /** PascalCase: also the GraphQL type's name and the Neo4j label; its ids start with its lower-case form and a colon. */
  kind: z
    .string()
    .regex(/^[A-Z][A-Za-z0-9]{0,39}$/, 'must be PascalCase letters and digits, like "Person" or "PublicBody" (at most 40)')
    .refine((kind) => !RESERVED_KIND_NAMES.has(kind), 'is a name the stores use themselves'),
  label: z.string().min(1).max(60),
  plural: z.string().min(1).max(60),
  shape: z.enum(kindShapes),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#1d4ed8"'),
  /** Whether entities of this kind can know things (who-knew-what lanes and colours). */
  actor: z.boolean(),
});

/** dataset.json: one object describing the inquiry the data set is about. */
export const datasetInfoSchema = z.strictObject({
  title: z.string().min(1).max(200),
  /** The years the inquiry covers (EDTF interval, e.g. "1997/2013"): the page's default range. */
  period: dateSchema,
  description: z.string().min(1).max(2000),
});

export const entitySchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9]*:[a-z0-9][a-z0-9-]*$/, 'must look like "person:lower-case-words": its kind in lower case, a colon, then words'),
  kind: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  summary: z.string().min(1),
  date: dateSchema.optional(),
  figures: z.array(figureSchema).default([]),
  claims: z.array(claimSchema).min(1, 'needs at least one claim'),
});

export const relationSchema = z.strictObject({
  id: id('rel'),
  type: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  /** For HELD_ROLE: the post held, e.g. "leader of the council". */
  role: z.string().min(1).optional(),
  date: dateSchema.optional(),
  note: z.string().min(1).optional(),
  claims: z.array(claimSchema).min(1, 'needs at least one claim'),
});

export type DateInput = z.infer<typeof dateSchema>;
export type ClaimInput = z.infer<typeof claimSchema>;
export type FigureInput = z.infer<typeof figureSchema>;
export type SourceInput = z.infer<typeof sourceSchema>;
export type RelationTypeInput = z.infer<typeof relationTypeSchema>;
export type KindInput = z.infer<typeof kindSchema>;
export type DatasetInfoInput = z.infer<typeof datasetInfoSchema>;
export type EntityInput = z.infer<typeof entitySchema>;
export type RelationInput = z.infer<typeof relationSchema>;

/** Each file of a data set, the schema of one record in it, and the field naming the record. */
export const datasetFiles = {
  'sources.json': sourceSchema,
  'vocabulary.json': relationTypeSchema,
  'kinds.json': kindSchema,
  'entities.json': entitySchema,
  'relations.json': relationSchema,
} as const;
export type DatasetFileName = keyof typeof datasetFiles;
