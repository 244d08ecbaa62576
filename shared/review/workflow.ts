/**
 * Workflow: draft → in review → approved → exported, each step recorded with who and when.
 * Approval is refused while the checks show errors or suggestions are still open: an approved
 * article is one the desk can publish as it stands.
 */
import type { Article } from '../model/article';
import type { Profile } from '../profiles/profile';
import { checkArticle } from '../rules';
import type { Diagnostic } from '../rules/types';
import type { ReviewStatus, Suggestion } from './schema';
import { openSuggestions } from './suggestions';
import { checkActor, getReview, ReviewError, withReview, type Actor } from './state';

/** Where each status may go. Going back (returning a draft, reopening) is always possible. */
export const TRANSITIONS: Readonly<Record<ReviewStatus, readonly ReviewStatus[]>> = {
  draft: ['in-review'],
  'in-review': ['approved', 'draft'],
  approved: ['exported', 'in-review', 'draft'],
  exported: ['draft', 'in-review'],
};

/** Status names in Indonesian, for messages. */
export const STATUS_ID: Readonly<Record<ReviewStatus, string>> = {
  draft: 'draf',
  'in-review': 'dalam penyuntingan',
  approved: 'disetujui',
  exported: 'diekspor',
};

export const reviewStatus = (article: Article): ReviewStatus => getReview(article).status;

export function canMove(from: ReviewStatus, to: ReviewStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export interface ApprovalBlockers {
  errors: Diagnostic[];
  openSuggestions: Suggestion[];
}

/** What stands between the article and approval; both lists empty means it can be approved. */
export function approvalBlockers(
  article: Article,
  options: { profile: Profile; now?: Date },
): ApprovalBlockers {
  const errors = checkArticle(article, options).filter((d) => d.severity === 'error');
  return { errors, openSuggestions: openSuggestions(article) };
}

export interface TransitionOptions {
  note?: string;
  /** Needed to approve: the checks run against it. */
  profile?: Profile;
  now?: Date;
}

/**
 * Moves the article to `to`, recording who and when. Refuses a move the workflow does not allow,
 * and refuses approval while errors or open suggestions remain (ReviewError "refused", with a
 * message that counts them; call `approvalBlockers` to list them).
 */
export function setStatus(
  article: Article,
  to: ReviewStatus,
  actor: Actor,
  options: TransitionOptions = {},
): Article {
  const who = checkActor(actor);
  const review = getReview(article);
  if (!canMove(review.status, to)) {
    throw new ReviewError(
      'transition',
      `An article that is ${review.status} cannot go to ${to} (it can go to ${TRANSITIONS[review.status].join(' or ')}).`,
      `Naskah berstatus ${STATUS_ID[review.status]} tidak dapat menjadi ${STATUS_ID[to]} (bisa menjadi ${TRANSITIONS[review.status].map((s) => STATUS_ID[s]).join(' atau ')}).`,
    );
  }
  if (to === 'approved') {
    if (!options.profile)
      throw new ReviewError('refused', 'Approval needs a profile to check against.');
    const { errors, openSuggestions: open } = approvalBlockers(article, {
      profile: options.profile,
      now: options.now,
    });
    if (errors.length || open.length) {
      const why = [
        errors.length
          ? `${errors.length} error${errors.length === 1 ? '' : 's'} in the checks`
          : '',
        open.length ? `${open.length} open suggestion${open.length === 1 ? '' : 's'}` : '',
      ].filter(Boolean);
      const sebab = [
        errors.length ? `${errors.length} kesalahan dalam pemeriksaan` : '',
        open.length ? `${open.length} saran terbuka` : '',
      ].filter(Boolean);
      throw new ReviewError(
        'refused',
        `Cannot approve: ${why.join(' and ')}.`,
        `Belum dapat disetujui: ${sebab.join(' dan ')}.`,
      );
    }
  }
  const note = options.note?.trim();
  return withReview(article, {
    ...review,
    status: to,
    statusHistory: [
      ...review.statusHistory,
      { status: to, by: who.by, at: who.at, ...(note ? { note } : {}) },
    ],
  });
}

export const submitForReview = (a: Article, actor: Actor, note?: string) =>
  setStatus(a, 'in-review', actor, { note });
export const returnToDraft = (a: Article, actor: Actor, note?: string) =>
  setStatus(a, 'draft', actor, { note });
export const approve = (
  a: Article,
  actor: Actor,
  options: { profile: Profile; now?: Date; note?: string },
) => setStatus(a, 'approved', actor, options);
/** After a successful export of an approved article; an unapproved export changes no status. */
export function markExported(a: Article, actor: Actor): Article {
  return reviewStatus(a) === 'approved' ? setStatus(a, 'exported', actor) : a;
}
