/**
 * Review data kept inside the native article: workflow status, suggestions (track changes),
 * comments and the revision history. It lives in the `.newsroom.json` file so it survives save
 * and reopen; exporters read only the content fields, so none of it reaches a published file.
 *
 * This module imports nothing from `model/article.ts` on purpose: the article schema imports it,
 * and a cycle between the two would depend on module load order.
 */
import { z } from 'zod';

/** Who did something, as set once in the app's settings (name and free-text role). */
export const PersonSchema = z
  .object({
    name: z.string().min(1),
    /** "writer", "editor", "redaktur", … as the user typed it; may be empty. */
    role: z.string().default(''),
  })
  .strict();
export type Person = z.infer<typeof PersonSchema>;

/** An ISO 8601 timestamp with an offset or Z, as `Date.prototype.toISOString` writes it. */
const Timestamp = z.string().min(1);

export const REVIEW_STATUSES = ['draft', 'in-review', 'approved', 'exported'] as const;
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

export const StatusEntrySchema = z
  .object({
    status: ReviewStatusSchema,
    by: PersonSchema,
    at: Timestamp,
    /** Why, when someone said ("returned: check the quote in paragraph 3"). */
    note: z.string().optional(),
  })
  .strict();
export type StatusEntry = z.infer<typeof StatusEntrySchema>;

/**
 * Where a piece of text lives. `blockId` names a block; `field` the part of it when that is not
 * the block's `text` ("caption", "alt", "credit", "title", "items.2"). With `blockId` null the
 * field is an article field: "headline" or "subheadline". Same vocabulary as rule locations.
 */
const slotShape = {
  blockId: z.string().min(1).nullable(),
  field: z.string().min(1).optional(),
};

export const SUGGESTION_KINDS = ['insert', 'delete', 'replace'] as const;
export const SUGGESTION_STATES = ['open', 'accepted', 'rejected'] as const;

/**
 * A proposed change to the text of one slot: replace [start, end) of the current text with
 * `text`. The article's own text never contains open suggestions, so exporting it publishes only
 * what was accepted; accepting applies the change and moves every other range in the slot.
 */
export const SuggestionSchema = z
  .object({
    id: z.string().min(1),
    ...slotShape,
    kind: z.enum(SUGGESTION_KINDS),
    /** UTF-16 offsets into the slot's current text, end exclusive. */
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** The text to put in; empty for a deletion. */
    text: z.string(),
    /** For deletions and replacements: the text it takes out, to show it and to detect drift. */
    removed: z.string().optional(),
    by: PersonSchema,
    at: Timestamp,
    state: z.enum(SUGGESTION_STATES),
    decidedBy: PersonSchema.optional(),
    decidedAt: Timestamp.optional(),
  })
  .strict();
export type Suggestion = z.infer<typeof SuggestionSchema>;
export type SuggestionKind = Suggestion['kind'];
export type SuggestionState = Suggestion['state'];

/** A comment's place: a whole block (no range) or a range of a slot's text. */
export const AnchorSchema = z
  .object({
    ...slotShape,
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    /** The text the range covered when the comment was made, so a reader sees what it was about. */
    quote: z.string().optional(),
  })
  .strict();
export type Anchor = z.infer<typeof AnchorSchema>;

export const ReplySchema = z
  .object({
    id: z.string().min(1),
    body: z.string().min(1),
    by: PersonSchema,
    at: Timestamp,
  })
  .strict();
export type Reply = z.infer<typeof ReplySchema>;

export const CommentSchema = z
  .object({
    id: z.string().min(1),
    anchor: AnchorSchema,
    body: z.string().min(1),
    by: PersonSchema,
    at: Timestamp,
    replies: z.array(ReplySchema).default([]),
    resolved: z.boolean().default(false),
    resolvedBy: PersonSchema.optional(),
    resolvedAt: Timestamp.optional(),
  })
  .strict();
export type Comment = z.infer<typeof CommentSchema>;

/**
 * One save. `snapshot` is the article as saved, without `review`. Most revisions are compact:
 * with `base` set (the revision before), an entry `{ "same": "<block id>" }` in
 * `snapshot.blocks` stands for that block exactly as revision `base` has it, and the fields
 * named in `unchanged` are as there too, so a save that touched one paragraph stores one
 * paragraph. Every so often a revision is stored whole, so no chain grows long. Snapshots are kept as plain JSON here and validated when a revision is
 * opened (`revisionContent`), so one damaged old revision cannot stop the article from opening.
 */
export const RevisionSchema = z
  .object({
    id: z.string().min(1),
    /** 1, 2, 3, … in the order saved. */
    n: z.number().int().positive(),
    by: PersonSchema,
    at: Timestamp,
    summary: z.string(),
    /** Set when this revision restored an older one. */
    restoredFrom: z.number().int().positive().optional(),
    /** The revision this compact one refers to for unchanged blocks and fields. */
    base: z.number().int().positive().optional(),
    /** Top-level fields left out of `snapshot` because they are as in `base`. */
    unchanged: z.array(z.string()).optional(),
    snapshot: z.record(z.string(), z.unknown()),
  })
  .strict();
export type Revision = z.infer<typeof RevisionSchema>;

export const ReviewSchema = z
  .object({
    status: ReviewStatusSchema.default('draft'),
    statusHistory: z.array(StatusEntrySchema).default([]),
    suggestions: z.array(SuggestionSchema).default([]),
    comments: z.array(CommentSchema).default([]),
    revisions: z.array(RevisionSchema).default([]),
  })
  .strict();
export type Review = z.infer<typeof ReviewSchema>;
export type ReviewInput = z.input<typeof ReviewSchema>;

export const emptyReview = (): Review => ({
  status: 'draft',
  statusHistory: [],
  suggestions: [],
  comments: [],
  revisions: [],
});
