import { useMemo, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/model/article';
import {
  contentAt,
  diffArticles,
  getReview,
  listRevisions,
  type Revision,
} from '../../shared/review';
import { DiffView } from './DiffView';
import { formatWhen, personLabel } from './format';
import { localSummaries } from './summary';
import './review.css';

interface Props {
  article: Article;
  /** False while Settings has no user name: saves then record no revision, and we say why. */
  hasUser: boolean;
  onRestore: (n: number) => void;
  onSettings: () => void;
}

/**
 * The saved revisions, newest first. Ticking two compares them (older → newer, whichever order
 * they were ticked in); Restore brings an older one back as a new revision.
 */
export function HistoryPanel({ article, hasUser, onRestore, onSettings }: Props): JSX.Element {
  const { t, i18n } = useTranslation();
  const revisions = listRevisions(article);
  const steps = getReview(article).statusHistory;
  const stored = getReview(article).revisions;
  // Recomputed only when a revision is added (revisions alone decide it), not per keystroke.
  const summaries = useMemo(() => localSummaries(article, t), [stored, t]);
  const [picked, setPicked] = useState<number[]>([]);
  const live = picked.filter((n) => revisions.some((r) => r.n === n));

  const toggle = (n: number): void =>
    setPicked((p) =>
      p.includes(n) ? p.filter((x) => x !== n) : [...p.filter((x) => x !== n), n].slice(-2),
    );

  const pair = live.length === 2 ? ([...live].sort((x, y) => x - y) as [number, number]) : null;
  const from = pair?.[0];
  const to = pair?.[1];
  const diff = useMemo(() => {
    if (from === undefined || to === undefined) return null;
    const [a, b] = [from, to];
    try {
      return { from: a, to: b, diff: diffArticles(contentAt(article, a), contentAt(article, b)) };
    } catch (e) {
      return { from: a, to: b, error: e instanceof Error ? e.message : String(e) };
    }
  }, [article, from, to]);

  const latest = revisions.at(-1)?.n;
  const row = (r: Revision): JSX.Element => (
    <li key={r.id} className="revision" data-n={r.n}>
      <label className="revision__pick">
        <input
          type="checkbox"
          checked={live.includes(r.n)}
          onChange={() => toggle(r.n)}
          aria-label={t('history.compare', { n: r.n })}
        />
        <span className="revision__n">#{r.n}</span>
      </label>
      <div className="revision__main">
        <div className="revision__who">
          {personLabel(r.by)} · <time dateTime={r.at}>{formatWhen(r.at, i18n.language)}</time>
        </div>
        <div className="revision__summary">{summaries.get(r.n) ?? r.summary}</div>
      </div>
      {r.n !== latest ? (
        <button
          type="button"
          className="btn btn--small"
          aria-label={t('history.restoreN', { n: r.n })}
          onClick={() => onRestore(r.n)}
        >
          {t('history.restore')}
        </button>
      ) : null}
    </li>
  );

  return (
    <div className="history" data-testid="history">
      {!hasUser ? (
        <div className="review-note" role="note">
          <span>{t('history.noUser')}</span>{' '}
          <button type="button" className="btn btn--small" onClick={onSettings}>
            {t('history.setName')}
          </button>
        </div>
      ) : null}
      {revisions.length === 0 ? (
        <p className="panel-empty">{t('history.none')}</p>
      ) : (
        <>
          <p className="muted history__hint">{t('history.hint')}</p>
          <ol className="revisions" aria-label={t('history.list')}>
            {[...revisions].reverse().map(row)}
          </ol>
        </>
      )}
      {steps.length ? (
        <section className="history__steps" aria-labelledby="history-steps">
          <h3 id="history-steps" className="checks__heading">
            {t('history.steps')}
          </h3>
          <ol className="revisions" data-testid="status-steps">
            {[...steps].reverse().map((h, i) => (
              <li key={i} className="revision-step" data-status={h.status}>
                <div className="revision__main">
                  <div className="revision__summary">{t(`workflow.status.${h.status}`)}</div>
                  <div className="revision__who">
                    {personLabel(h.by)} ·{' '}
                    <time dateTime={h.at}>{formatWhen(h.at, i18n.language)}</time>
                    {h.note ? ` · ${h.note}` : ''}
                  </div>
                </div>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {diff ? (
        <section className="history__diff" aria-label={t('history.diffOf', diff)}>
          <h3 className="checks__heading">{t('history.diffOf', diff)}</h3>
          {'diff' in diff && diff.diff ? (
            <DiffView diff={diff.diff} />
          ) : (
            <p role="alert">{'error' in diff ? diff.error : ''}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
