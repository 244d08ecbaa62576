/**
 * History: every save records a revision (who, when, a summary, the content as saved) inside the
 * native file. Any two revisions can be compared (`diff.ts`); an older one is restored as a new
 * revision, so restoring never loses what came after it.
 */
import { ArticleSchema, type Article } from '../model/article';
import { migrate } from '../model/migrate';
import { diffArticles, summarizeDiff } from './diff';
import type { Revision } from './schema';
import {
  checkActor,
  contentOf,
  getReview,
  ReviewError,
  withReview,
  type Actor,
  type ArticleContent,
} from './state';

const ContentSchema = ArticleSchema.omit({ review: true });

/** A full snapshot every this many revisions, so no revision depends on a very old one. */
export const KEYFRAME_EVERY = 50;

/** `count` (default 1) consecutive blocks of the base revision, from the block with id `same`. */
interface SameRef {
  same: string;
  count?: number;
}

const isSameRef = (x: unknown): x is SameRef => {
  if (typeof x !== 'object' || x === null) return false;
  const keys = Object.keys(x);
  const { same, count } = x as { same?: unknown; count?: unknown };
  return (
    typeof same === 'string' &&
    keys.every((k) => k === 'same' || k === 'count') &&
    (count === undefined || (Number.isInteger(count) && (count as number) > 0))
  );
};

/**
 * Expanded snapshots by revision object. Revisions are never mutated (every change makes new
 * objects), so a revision and the base it was expanded against identify the result; reading a
 * whole history then costs one expansion per revision instead of one per link of each chain.
 */
const expanded = new WeakMap<
  Revision,
  { base: Revision | undefined; value: Record<string, unknown> }
>();

/**
 * The stored snapshot with compact references filled in from its base revisions. A base must
 * come before the revision, so this terminates; chains are at most KEYFRAME_EVERY long.
 */
function expand(revision: Revision, revisions: readonly Revision[]): Record<string, unknown> {
  if (revision.base === undefined) return revision.snapshot;
  const base = revisions.find((r) => r.n === revision.base);
  if (!base || base.n >= revision.n) {
    throw new Error(`its base revision ${revision.base} is missing`);
  }
  const cached = expanded.get(revision);
  if (cached && cached.base === base) return cached.value;
  const from = expand(base, revisions);
  const out: Record<string, unknown> = { ...revision.snapshot };
  for (const key of revision.unchanged ?? []) out[key] = from[key];
  const baseBlocks = Array.isArray(from.blocks) ? (from.blocks as unknown[]) : [];
  const indexById = new Map<string, number>();
  baseBlocks.forEach((b, i) => {
    const id = (b as { id?: unknown } | null)?.id;
    if (typeof id === 'string') indexById.set(id, i);
  });
  if (Array.isArray(out.blocks)) {
    out.blocks = (out.blocks as unknown[]).flatMap((b) => {
      if (!isSameRef(b)) return [b];
      const at = indexById.get(b.same);
      const count = b.count ?? 1;
      if (at === undefined || at + count > baseBlocks.length) {
        throw new Error(`blocks from ${b.same} are not in revision ${base.n}`);
      }
      return baseBlocks.slice(at, at + count);
    });
  }
  expanded.set(revision, { base, value: out });
  return out;
}

/**
 * Whether each revision changed the content of the one before (the first always does), from the
 * stored JSON without validating it: cheap enough to run over every article in a folder. A
 * revision that cannot be read counts as a change.
 */
export function revisionChanges(revisions: readonly Revision[]): boolean[] {
  let previous: string | undefined;
  return revisions.map((r) => {
    let json: string | undefined;
    try {
      // Fields in one order: a compact revision lists its unchanged fields after the others.
      const entries = Object.entries(expand(r, revisions)).sort(([a], [b]) => (a < b ? -1 : 1));
      json = JSON.stringify(entries);
    } catch {
      json = undefined;
    }
    const changed = json === undefined || json !== previous;
    previous = json;
    return changed;
  });
}

/**
 * The content revision `revision` stored, migrated and validated; `revisions` are the article's
 * revisions, for compact ones. Throws ReviewError ("bad-revision") when it cannot be read.
 */
export function revisionContent(
  revision: Revision,
  revisions: readonly Revision[] = [],
): ArticleContent {
  try {
    return ContentSchema.parse(migrate(expand(revision, revisions), `revision ${revision.n}`));
  } catch (e) {
    throw new ReviewError(
      'bad-revision',
      `Revision ${revision.n} cannot be read: ${(e as Error).message.split('\n')[0] ?? ''}`,
      `Revisi ${revision.n} tidak dapat dibaca: ${(e as Error).message.split('\n')[0] ?? ''}`,
    );
  }
}

/**
 * What a new revision stores: against the revision before it, only what changed (blocks by id,
 * other fields by name); a full copy for the first, every KEYFRAME_EVERY-th, and whenever the
 * one before cannot be read.
 */
function compactSnapshot(
  content: ArticleContent,
  revisions: readonly Revision[],
  n: number,
): Pick<Revision, 'base' | 'unchanged' | 'snapshot'> {
  const full = JSON.parse(JSON.stringify(content)) as Record<string, unknown>;
  const last = revisions.at(-1);
  const keyframe = revisions.findLast((r) => r.base === undefined);
  if (!last || !keyframe || n - keyframe.n >= KEYFRAME_EVERY) return { snapshot: full };
  let before: Record<string, unknown>;
  try {
    before = JSON.parse(JSON.stringify(revisionContent(last, revisions))) as Record<
      string,
      unknown
    >;
  } catch {
    return { snapshot: full };
  }
  const snapshot: Record<string, unknown> = {};
  const unchanged: string[] = [];
  for (const [key, value] of Object.entries(full)) {
    if (
      key !== 'blocks' &&
      key in before &&
      JSON.stringify(before[key]) === JSON.stringify(value)
    ) {
      unchanged.push(key);
    } else {
      snapshot[key] = value;
    }
  }
  const beforeBlocks = before.blocks as { id: string }[];
  const previous = new Map(beforeBlocks.map((b, i) => [b.id, { i, json: JSON.stringify(b) }]));
  // Unchanged blocks that also follow each other in the revision before become one run.
  const blocks: unknown[] = [];
  let run: { ref: SameRef; next: number } | null = null;
  for (const b of full.blocks as { id: string }[]) {
    const old = previous.get(b.id);
    if (!old || old.json !== JSON.stringify(b)) {
      run = null;
      blocks.push(b);
    } else if (run && run.next === old.i) {
      run.ref.count = (run.ref.count ?? 1) + 1;
      run.next++;
    } else {
      run = { ref: { same: b.id }, next: old.i + 1 };
      blocks.push(run.ref);
    }
  }
  snapshot.blocks = blocks;
  return { base: last.n, ...(unchanged.length ? { unchanged } : {}), snapshot };
}

export function listRevisions(article: Article): Revision[] {
  return getReview(article).revisions;
}

export function getRevision(article: Article, n: number): Revision {
  const r = listRevisions(article).find((x) => x.n === n);
  if (!r) {
    throw new ReviewError(
      'not-found',
      `This article has no revision ${n}.`,
      `Naskah ini tidak memiliki revisi ${n}.`,
    );
  }
  return r;
}

export const latestRevision = (article: Article): Revision | undefined =>
  listRevisions(article).at(-1);

function sameContent(a: ArticleContent, b: ArticleContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Review work done in a period: what a save with unchanged text still records. */
export interface ReviewActivity {
  suggested: number;
  decided: number;
  comments: number;
}

/**
 * Suggestions made, suggestions decided, and comments, replies and resolutions with a time in
 * (since, until]. `since` undefined counts from the beginning.
 */
export function reviewActivity(
  article: Article,
  since: string | undefined,
  until?: string,
): ReviewActivity {
  const t0 = since === undefined ? Number.NEGATIVE_INFINITY : Date.parse(since);
  const t1 = until === undefined ? Number.POSITIVE_INFINITY : Date.parse(until);
  const within = (at: string | undefined): boolean => {
    if (at === undefined) return false;
    const t = Date.parse(at);
    return t > t0 && t <= t1;
  };
  const review = getReview(article);
  let comments = 0;
  for (const c of review.comments) {
    if (within(c.at)) comments++;
    comments += c.replies.filter((r) => within(r.at)).length;
    if (c.resolved && within(c.resolvedAt)) comments++;
  }
  return {
    suggested: review.suggestions.filter((s) => within(s.at)).length,
    decided: review.suggestions.filter((s) => s.state !== 'open' && within(s.decidedAt)).length,
    comments,
  };
}

const hasActivity = (a: ReviewActivity): boolean => a.suggested + a.decided + a.comments > 0;

/** The stored (English) summary of a save that only did review work. */
export function summarizeActivity(a: ReviewActivity): string {
  const n = (count: number, one: string, many: string): string =>
    count ? `${count} ${count === 1 ? one : many}` : '';
  return [
    n(a.suggested, 'suggestion made', 'suggestions made'),
    n(a.decided, 'suggestion decided', 'suggestions decided'),
    n(a.comments, 'comment', 'comments'),
  ]
    .filter(Boolean)
    .join(', ');
}

export interface RecordOptions {
  /** What the save did; by default a summary of the changes since the last revision. */
  summary?: string;
  /** Record even when the content is unchanged since the last revision. */
  force?: boolean;
  restoredFrom?: number;
}

/**
 * Records the article's current content as a new revision. Called on every save; a save that
 * changed nothing since the last revision records nothing (returns the article as given) unless
 * forced, or unless review work was done since (an editor's suggestions and comments are a step
 * in the history even though the accepted text is unchanged). Content edited after approval sends the article back to review: the approval was for
 * other words.
 */
export function recordRevision(
  article: Article,
  actor: Actor,
  options: RecordOptions = {},
): Article {
  const who = checkActor(actor);
  const review = getReview(article);
  // Through the schema: fields in one order, so the same text always compares (and stores) alike.
  const content = ContentSchema.parse(contentOf(article));
  const last = review.revisions.at(-1);
  let previous: ArticleContent | undefined;
  if (last) {
    try {
      previous = revisionContent(last, review.revisions);
    } catch {
      previous = undefined;
    }
  }
  const unchanged = previous !== undefined && sameContent(previous, content);
  const activity = reviewActivity(article, last?.at, who.at);
  if (unchanged && !options.force && !hasActivity(activity)) return article;
  const summary =
    options.summary?.trim() ||
    (unchanged
      ? summarizeActivity(activity)
      : previous
        ? summarizeDiff(diffArticles(previous, content))
        : 'First saved version');
  const n = (last?.n ?? 0) + 1;
  const stored = compactSnapshot(content, review.revisions, n);
  const revision: Revision = {
    id: `rev${n}`,
    n,
    by: who.by,
    at: who.at,
    summary,
    ...(options.restoredFrom === undefined ? {} : { restoredFrom: options.restoredFrom }),
    ...stored,
  };
  let { status, statusHistory } = review;
  const editedAfterApproval =
    previous !== undefined && (status === 'approved' || status === 'exported');
  if (editedAfterApproval) {
    status = status === 'approved' ? 'in-review' : 'draft';
    statusHistory = [
      ...statusHistory,
      { status, by: who.by, at: who.at, note: 'edited after approval' },
    ];
  }
  return withReview(article, {
    ...review,
    status,
    statusHistory,
    revisions: [...review.revisions, revision],
  });
}

/**
 * Brings back revision `n`'s content as a new revision by `actor`. Review data (comments,
 * suggestions, status, the history itself) is kept: restoring is an edit, not time travel.
 */
export function restoreRevision(article: Article, n: number, actor: Actor): Article {
  const content = revisionContent(getRevision(article, n), listRevisions(article));
  const restored: Article = { ...content, ...(article.review ? { review: article.review } : {}) };
  return recordRevision(restored, actor, {
    summary: `Restored revision ${n}`,
    force: true,
    restoredFrom: n,
  });
}

/** The content of revision `n`, or the article's current content for "current" / undefined. */
export function contentAt(article: Article, n: number | 'current' | undefined): ArticleContent {
  return n === undefined || n === 'current'
    ? contentOf(article)
    : revisionContent(getRevision(article, n), listRevisions(article));
}
