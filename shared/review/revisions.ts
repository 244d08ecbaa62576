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

/** The content a revision stored, migrated and validated. Throws ReviewError when damaged. */
export function revisionContent(revision: Revision): ArticleContent {
  try {
    return ContentSchema.parse(migrate({ ...revision.snapshot }, `revision ${revision.n}`));
  } catch (e) {
    throw new ReviewError(
      'bad-revision',
      `Revision ${revision.n} cannot be read: ${(e as Error).message.split('\n')[0] ?? ''}`,
    );
  }
}

export function listRevisions(article: Article): Revision[] {
  return getReview(article).revisions;
}

export function getRevision(article: Article, n: number): Revision {
  const r = listRevisions(article).find((x) => x.n === n);
  if (!r) throw new ReviewError('not-found', `This article has no revision ${n}.`);
  return r;
}

export const latestRevision = (article: Article): Revision | undefined =>
  listRevisions(article).at(-1);

function sameContent(a: ArticleContent, b: ArticleContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
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
 * forced. Content edited after approval sends the article back to review: the approval was for
 * other words.
 */
export function recordRevision(
  article: Article,
  actor: Actor,
  options: RecordOptions = {},
): Article {
  const who = checkActor(actor);
  const review = getReview(article);
  const content = contentOf(article);
  const last = review.revisions.at(-1);
  let previous: ArticleContent | undefined;
  if (last) {
    try {
      previous = revisionContent(last);
    } catch {
      previous = undefined;
    }
  }
  if (previous && sameContent(previous, content) && !options.force) return article;
  const summary =
    options.summary?.trim() ||
    (previous ? summarizeDiff(diffArticles(previous, content)) : 'First saved version');
  const revision: Revision = {
    id: `rev${(last?.n ?? 0) + 1}`,
    n: (last?.n ?? 0) + 1,
    by: who.by,
    at: who.at,
    summary,
    ...(options.restoredFrom === undefined ? {} : { restoredFrom: options.restoredFrom }),
    snapshot: JSON.parse(JSON.stringify(content)) as Record<string, unknown>,
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
  const content = revisionContent(getRevision(article, n));
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
    : revisionContent(getRevision(article, n));
}
