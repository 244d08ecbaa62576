/**
 * Reading and replacing an article's review data, the errors review actions raise, and the
 * "who and when" every action records.
 */
import type { Article } from '../model/article';
import { emptyReview, PersonSchema, type Person, type Review } from './schema';

export type ReviewErrorCode =
  | 'no-user'
  | 'not-found'
  | 'no-slot'
  | 'bad-range'
  | 'empty-change'
  | 'overlap'
  | 'not-open'
  | 'stale'
  | 'not-yours'
  | 'empty-body'
  | 'transition'
  | 'refused'
  | 'bad-revision';

/**
 * A review action that cannot be done as asked. `message` is English; `messages` has it in both
 * UI languages (the Indonesian falls back to English for errors only a bug can cause).
 */
export class ReviewError extends Error {
  override readonly name = 'ReviewError';
  readonly messages: { en: string; id: string };
  constructor(
    readonly code: ReviewErrorCode,
    message: string,
    indonesian: string = message,
  ) {
    super(message);
    this.messages = { en: message, id: indonesian };
  }
}

export const isReviewError = (e: unknown): e is ReviewError => e instanceof ReviewError;

/** Who does an action and when. `at` is ISO 8601 (`new Date().toISOString()`). */
export interface Actor {
  by: Person;
  at: string;
}

/**
 * The actor for the user set in Settings (`settings.user`), now or at a given time. Throws
 * ReviewError "no-user" when no name is set, so the UI can send them to Settings.
 */
export function actorFor(user: { name: string; role: string }, at: Date = new Date()): Actor {
  return checkActor({ by: { name: user.name, role: user.role }, at: at.toISOString() });
}

/** Checks the actor: every change is attributed, so a nameless user is refused. */
export function checkActor(actor: Actor): Actor {
  const parsed = PersonSchema.safeParse(actor.by);
  if (!parsed.success || parsed.data.name.trim() === '') {
    throw new ReviewError(
      'no-user',
      'Set your name (and role) in Settings first: every review action records who made it.',
      'Isi nama (dan peran) Anda di Pengaturan dulu: setiap tindakan penyuntingan mencatat pelakunya.',
    );
  }
  if (Number.isNaN(Date.parse(actor.at))) {
    throw new ReviewError('no-user', `"${actor.at}" is not a timestamp.`);
  }
  return { by: { name: parsed.data.name.trim(), role: parsed.data.role.trim() }, at: actor.at };
}

/** The article's review data, or an empty one for articles (and old files) that have none. */
export function getReview(article: Article): Review {
  return article.review ?? emptyReview();
}

export function withReview(article: Article, review: Review): Article {
  return { ...article, review };
}

/** The article's content without review data: what revisions store and exporters see. */
export type ArticleContent = Omit<Article, 'review'>;

export function contentOf(article: Article): ArticleContent {
  const { review: _review, ...content } = article;
  return content;
}

/** The next free id "<prefix><n>" among `taken`, so ids are short, stable and never reused. */
export function nextId(prefix: string, taken: Iterable<string>): string {
  let max = 0;
  const re = new RegExp(`^${prefix}(\\d+)$`);
  for (const id of taken) {
    const m = re.exec(id);
    if (m?.[1]) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}${max + 1}`;
}

/** Same person in two records: names compared without case or extra spaces. */
export function samePerson(a: Person, b: Person): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a.name) === norm(b.name);
}
