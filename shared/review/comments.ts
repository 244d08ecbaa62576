/**
 * Comments anchored to a range of text or to a whole block (a figure, a related link), with
 * replies and resolve. Ranges move with the text (`mapReviewThrough`, `reconcileReview`); a
 * comment whose block was deleted is kept and reported as detached rather than lost.
 */
import type { Article } from '../model/article';
import type { Anchor, Comment, Reply } from './schema';
import { describeSlot, hasBlock, readSlot } from './slots';
import {
  checkActor,
  getReview,
  nextId,
  ReviewError,
  samePerson,
  withReview,
  type Actor,
} from './state';

export interface NewComment {
  /** A block (no `field`, no range), or a range of a slot's text. */
  anchor: Omit<Anchor, 'quote'>;
  body: string;
}

function cleanBody(body: string): string {
  const text = body.trim();
  if (text === '')
    throw new ReviewError(
      'empty-body',
      'A comment needs some text.',
      'Komentar tidak boleh kosong.',
    );
  return text;
}

function checkAnchor(article: Article, anchor: NewComment['anchor']): Anchor {
  const { start, end } = anchor;
  if (start === undefined && end === undefined) {
    if (anchor.field === undefined) {
      if (anchor.blockId === null || !hasBlock(article, anchor.blockId)) {
        throw new ReviewError(
          'no-slot',
          `There is no block ${anchor.blockId ?? ''} to comment on.`,
        );
      }
      return { blockId: anchor.blockId };
    }
    if (readSlot(article, anchor) === undefined) {
      throw new ReviewError('no-slot', `There is no ${describeSlot(anchor)} to comment on.`);
    }
    return { ...anchor };
  }
  const text = readSlot(article, anchor);
  if (text === undefined) {
    throw new ReviewError('no-slot', `There is no ${describeSlot(anchor)} to comment on.`);
  }
  if (start === undefined || end === undefined || start < 0 || start > end || end > text.length) {
    throw new ReviewError(
      'bad-range',
      `${String(start)}–${String(end)} is not a range in ${describeSlot(anchor)}.`,
    );
  }
  return { ...anchor, start, end, quote: text.slice(start, end) };
}

export function addComment(
  article: Article,
  comment: NewComment,
  actor: Actor,
  id?: string,
): { article: Article; comment: Comment } {
  const who = checkActor(actor);
  const review = getReview(article);
  const made: Comment = {
    id:
      id ??
      nextId(
        'c',
        review.comments.map((c) => c.id),
      ),
    anchor: checkAnchor(article, comment.anchor),
    body: cleanBody(comment.body),
    by: who.by,
    at: who.at,
    replies: [],
    resolved: false,
  };
  if (review.comments.some((c) => c.id === made.id)) {
    throw new ReviewError('overlap', `A comment with id ${made.id} already exists.`);
  }
  return {
    article: withReview(article, { ...review, comments: [...review.comments, made] }),
    comment: made,
  };
}

function update(article: Article, id: string, change: (c: Comment) => Comment): Article {
  const review = getReview(article);
  if (!review.comments.some((c) => c.id === id)) {
    throw new ReviewError('not-found', `No comment ${id}.`);
  }
  return withReview(article, {
    ...review,
    comments: review.comments.map((c) => (c.id === id ? change(c) : c)),
  });
}

export function replyToComment(article: Article, id: string, body: string, actor: Actor): Article {
  const who = checkActor(actor);
  const text = cleanBody(body);
  return update(article, id, (c) => {
    const reply: Reply = {
      id: nextId(
        `${c.id}.r`,
        c.replies.map((r) => r.id),
      ),
      body: text,
      by: who.by,
      at: who.at,
    };
    // A reply reopens a resolved thread: someone still has something to say about it.
    const { resolvedBy: _b, resolvedAt: _a, ...rest } = c;
    return { ...rest, replies: [...c.replies, reply], resolved: false };
  });
}

export function resolveComment(article: Article, id: string, actor: Actor): Article {
  const who = checkActor(actor);
  return update(article, id, (c) => ({
    ...c,
    resolved: true,
    resolvedBy: who.by,
    resolvedAt: who.at,
  }));
}

export function reopenComment(article: Article, id: string, actor: Actor): Article {
  checkActor(actor);
  return update(article, id, (c) => {
    const { resolvedBy: _b, resolvedAt: _a, ...rest } = c;
    return { ...rest, resolved: false };
  });
}

/** Only the person who wrote a comment may delete it (others resolve it instead). */
export function deleteComment(article: Article, id: string, actor: Actor): Article {
  const who = checkActor(actor);
  const review = getReview(article);
  const c = review.comments.find((x) => x.id === id);
  if (!c) throw new ReviewError('not-found', `No comment ${id}.`);
  if (!samePerson(c.by, who.by)) {
    throw new ReviewError(
      'not-yours',
      `Only ${c.by.name} can delete this comment; resolve it instead.`,
      `Hanya ${c.by.name} yang dapat menghapus komentar ini; tandai selesai saja.`,
    );
  }
  return withReview(article, { ...review, comments: review.comments.filter((x) => x.id !== id) });
}

export const openComments = (article: Article): Comment[] =>
  getReview(article).comments.filter((c) => !c.resolved);

/** "live" while its block or text is there; "detached" once the block (or list item) is gone. */
export function anchorState(article: Article, comment: Comment): 'live' | 'detached' {
  const a = comment.anchor;
  if (a.blockId !== null && a.field === undefined && a.start === undefined) {
    return hasBlock(article, a.blockId) ? 'live' : 'detached';
  }
  const text = readSlot(article, a);
  if (text === undefined) return 'detached';
  return a.end !== undefined && a.end > text.length ? 'detached' : 'live';
}
