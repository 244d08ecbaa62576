/**
 * The article model: the one source of truth that importers produce, the editor maps to and from,
 * rules read and exporters write. The zod schemas are the definition; the TypeScript types and
 * the JSON Schema (see `jsonSchema.ts`) are derived from them so they cannot drift apart.
 */
import { z } from 'zod';
import { ReviewSchema } from '../review/schema';

/** Bump when the stored shape changes, and add a step to `migrate.ts`. */
export const SCHEMA_VERSION = 1;

/** Roles a newsroom credits. Profiles may add more (a videographer, a fact-checker). */
export const KNOWN_CREDIT_ROLES = [
  'writer',
  'editor',
  'contributor',
  'photographer',
  'translator',
  'source',
] as const;
export type KnownCreditRole = (typeof KNOWN_CREDIT_ROLES)[number];

/**
 * Inline formatting as ranges over a block's plain `text` (UTF-16 offsets, end exclusive).
 * Ranges rather than runs, so that rules and diffs work on one plain string and a diagnostic's
 * character range means the same thing in every door.
 */
export const MarkSchema = z
  .object({
    type: z.enum(['bold', 'italic', 'link']),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** Only for links. Kept as written; rules and exporters decide whether it is safe. */
    href: z.string().optional(),
  })
  .strict();
export type Mark = z.infer<typeof MarkSchema>;

export const InlineTextSchema = z
  .object({
    text: z.string(),
    marks: z.array(MarkSchema).default([]),
  })
  .strict();
export type InlineText = z.infer<typeof InlineTextSchema>;

const blockBase = {
  /** Stable within an article; locations in diagnostics and comments point at it. */
  id: z.string().min(1),
};

export const ParagraphBlockSchema = z
  .object({
    ...blockBase,
    type: z.literal('paragraph'),
    text: z.string(),
    marks: z.array(MarkSchema).default([]),
  })
  .strict();

export const HeadingBlockSchema = z
  .object({
    ...blockBase,
    type: z.literal('heading'),
    level: z.number().int().min(2).max(6),
    text: z.string(),
    marks: z.array(MarkSchema).default([]),
  })
  .strict();

export const QuoteBlockSchema = z
  .object({
    ...blockBase,
    type: z.literal('quote'),
    text: z.string(),
    marks: z.array(MarkSchema).default([]),
    attribution: z.string().nullable().default(null),
  })
  .strict();

export const ListBlockSchema = z
  .object({
    ...blockBase,
    type: z.literal('list'),
    ordered: z.boolean(),
    items: z.array(InlineTextSchema),
  })
  .strict();

export const FigureBlockSchema = z
  .object({
    ...blockBase,
    type: z.literal('figure'),
    /** Image location (relative path, file URL or http(s) URL); null when the draft only named it. */
    src: z.string().nullable(),
    alt: z.string().default(''),
    caption: z.string().default(''),
    /** As the draft gives it, e.g. "ANTARA FOTO/Budi" or "@SpoxCHN_LinJian". */
    credit: z.string().nullable().default(null),
  })
  .strict();

export const RelatedBlockSchema = z
  .object({
    ...blockBase,
    type: z.literal('related'),
    /** The label as written in the draft ("Baca juga", "Related"). */
    label: z.string(),
    title: z.string(),
    url: z.string().nullable(),
  })
  .strict();

export const BlockSchema = z.discriminatedUnion('type', [
  ParagraphBlockSchema,
  HeadingBlockSchema,
  QuoteBlockSchema,
  ListBlockSchema,
  FigureBlockSchema,
  RelatedBlockSchema,
]);
export type Block = z.infer<typeof BlockSchema>;
export type BlockType = Block['type'];
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
export type QuoteBlock = z.infer<typeof QuoteBlockSchema>;
export type ListBlock = z.infer<typeof ListBlockSchema>;
export type FigureBlock = z.infer<typeof FigureBlockSchema>;
export type RelatedBlock = z.infer<typeof RelatedBlockSchema>;
export type TextBlock = ParagraphBlock | HeadingBlock | QuoteBlock;

export const AuthorSchema = z
  .object({
    name: z.string(),
  })
  .strict();
export type Author = z.infer<typeof AuthorSchema>;

export const BylineSchema = z
  .object({
    authors: z.array(AuthorSchema).default([]),
    /** ISO 8601 with an explicit offset (2025-09-29T18:33:00+07:00), or null when unknown. */
    published: z.string().nullable().default(null),
    /** The byline as the draft wrote it, when it was not simply "name • date". */
    raw: z.string().optional(),
  })
  .strict();
export type Byline = z.infer<typeof BylineSchema>;

export const DatelineSchema = z
  .object({
    /** The place as it should print ("Beijing", "JAKARTA"). */
    place: z.string(),
    /** The agency or outlet named in the dateline ("ANTARA", "Reuters", "KOMPAS.com"). */
    source: z.string().optional(),
    /** A date written in the dateline ("Oct 3"), kept as text. */
    date: z.string().optional(),
  })
  .strict();
export type Dateline = z.infer<typeof DatelineSchema>;

export const CreditSchema = z
  .object({
    name: z.string(),
    /** One of KNOWN_CREDIT_ROLES or a role the profile adds. */
    role: z.string().min(1),
    /** What the person did, in a few words ("photo", "additional reporting from Surabaya"). */
    note: z.string().optional(),
  })
  .strict();
export type Credit = z.infer<typeof CreditSchema>;

export const ImportReportItemSchema = z
  .object({
    /** Machine-readable reason, e.g. "duplicate-headline", "boilerplate", "promo", "credit-line". */
    reason: z.string(),
    /** The text that was set aside or interpreted, verbatim, so the app can offer to restore it. */
    text: z.string(),
    /** 1-based line in the source, where the format has lines. */
    line: z.number().int().positive().optional(),
    /** What became of it ("credits", "byline", "dropped"). */
    action: z.enum(['set-aside', 'moved', 'dropped', 'warning']).default('set-aside'),
    detail: z.string().optional(),
  })
  .strict();
export type ImportReportItem = z.infer<typeof ImportReportItemSchema>;

export const ImportReportSchema = z
  .object({
    /** Importer id ("text", "markdown", "docx", …), or "native"/"new" for articles made in the app. */
    format: z.string(),
    /** File name the article came from, if any. */
    source: z.string().optional(),
    /** Profile the importer applied. */
    profile: z.string().optional(),
    items: z.array(ImportReportItemSchema).default([]),
  })
  .strict();
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const MetadataSchema = z
  .object({
    section: z.string().optional(),
    tags: z.array(z.string()).default([]),
    /** Profile the article is checked against. */
    profile: z.string().optional(),
    /** Publishing outlet, when the draft names one. */
    outlet: z.string().optional(),
    /** Free-form key/values an importer carried over (ninjs/NewsML ids, DOCX core properties). */
    extra: z.record(z.string(), z.string()).default({}),
  })
  .strict();
export type Metadata = z.infer<typeof MetadataSchema>;

export const ArticleSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().min(1),
    /** BCP 47 tag ("id", "en"). */
    language: z.string().min(2),
    headline: z.string(),
    subheadline: z.string().nullable().default(null),
    slug: z.string().nullable().default(null),
    byline: BylineSchema,
    dateline: DatelineSchema.nullable(),
    blocks: z.array(BlockSchema),
    credits: z.array(CreditSchema).default([]),
    metadata: MetadataSchema,
    importReport: ImportReportSchema,
    /** Workflow, suggestions, comments and revisions (issue 6). Never exported; see shared/review. */
    review: ReviewSchema.optional(),
  })
  .strict();
export type Article = z.infer<typeof ArticleSchema>;
/** What callers may pass before defaults are applied (e.g. a hand-written fixture). */
export type ArticleInput = z.input<typeof ArticleSchema>;

export const isTextBlock = (b: Block): b is TextBlock =>
  b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote';
