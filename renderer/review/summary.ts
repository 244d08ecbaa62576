/**
 * Revision summaries in the UI language. The core stores an English line made by
 * `summarizeDiff`; when a stored summary is exactly that (not one a person wrote), it is said
 * again from the diff's numbers in the reader's language.
 */
import type { TFunction } from 'i18next';
import type { Article } from '../../shared/model/article';
import {
  contentAt,
  diffArticles,
  isEmptyDiff,
  listRevisions,
  reviewActivity,
  summarizeActivity,
  summarizeDiff,
  type ArticleDiff,
  type ReviewActivity,
} from '../../shared/review';

function say(d: ArticleDiff, t: TFunction): string {
  if (isEmptyDiff(d)) return t('summary.none');
  const parts: string[] = [];
  if (d.fields.length) {
    const names = d.fields.map((f) => t(`history.field.${f.field}`, { defaultValue: f.field }));
    parts.push(t('summary.fields', { fields: names.join(', ') }));
  }
  const { added, removed, changed, moved, wordsAdded, wordsRemoved } = d.stats;
  const blocks = [
    changed ? t('summary.changed', { count: changed }) : '',
    added ? t('summary.added', { count: added }) : '',
    removed ? t('summary.removed', { count: removed }) : '',
    moved ? t('summary.moved', { count: moved }) : '',
  ].filter(Boolean);
  if (blocks.length) parts.push(blocks.join(', '));
  const words =
    wordsAdded || wordsRemoved
      ? ` ${t('summary.words', { added: wordsAdded, removed: wordsRemoved })}`
      : '';
  return `${parts.join('; ')}${words}`;
}

function sayActivity(a: ReviewActivity, t: TFunction): string {
  return [
    a.suggested ? t('summary.suggested', { count: a.suggested }) : '',
    a.decided ? t('summary.decided', { count: a.decided }) : '',
    a.comments ? t('summary.comments', { count: a.comments }) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** Revision number → its summary to show. Costs one diff per revision; memoise per article. */
export function localSummaries(article: Article, t: TFunction): Map<number, string> {
  const out = new Map<number, string>();
  const revisions = listRevisions(article);
  let previous: ReturnType<typeof contentAt> | null = null;
  let before: (typeof revisions)[number] | undefined;
  for (const r of revisions) {
    let content: ReturnType<typeof contentAt> | null = null;
    try {
      content = contentAt(article, r.n);
    } catch {
      content = null;
    }
    if (r.restoredFrom !== undefined) {
      out.set(r.n, t('history.restoredFrom', { n: r.restoredFrom }));
    } else if (!previous && r.summary === 'First saved version') {
      out.set(r.n, t('summary.first'));
    } else if (previous && content) {
      const d = diffArticles(previous, content);
      const activity = isEmptyDiff(d) ? reviewActivity(article, before?.at, r.at) : null;
      out.set(
        r.n,
        summarizeDiff(d) === r.summary
          ? say(d, t)
          : activity && summarizeActivity(activity) === r.summary
            ? sayActivity(activity, t)
            : r.summary,
      );
    } else {
      out.set(r.n, r.summary);
    }
    previous = content;
    before = r;
  }
  return out;
}
