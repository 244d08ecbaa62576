import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/model/article';
import {
  acceptSuggestion,
  decideAll,
  openSuggestions,
  readSlot,
  rejectSuggestion,
  type Suggestion,
} from '../../shared/review';
import { formatWhen, personLabel } from './format';
import type { ReviewAction } from './ReviewPanel';

const CONTEXT = 30;

/** The proposed change in a few words of its sentence: removed words struck, new ones marked. */
function Change({ article, s }: { article: Article; s: Suggestion }): JSX.Element {
  const text = readSlot(article, s) ?? '';
  const before = text.slice(Math.max(0, s.start - CONTEXT), s.start);
  const after = text.slice(s.end, s.end + CONTEXT);
  const removed = text.slice(s.start, s.end);
  return (
    <p className="suggestion__change">
      {s.start > CONTEXT ? '…' : ''}
      {before}
      {removed ? <del>{removed}</del> : null}
      {s.text ? <ins>{s.text}</ins> : null}
      {after}
      {s.end + CONTEXT < text.length ? '…' : ''}
    </p>
  );
}

/**
 * Open suggestions (made with `newsroom review` or another desk) with Accept / Reject, one by
 * one or all at once. Accepting changes the text, so it goes through `onEdit`, which puts the
 * result in the editor too.
 */
export function SuggestionsList({
  article,
  onEdit,
}: {
  article: Article;
  onEdit: (action: ReviewAction) => boolean;
}): JSX.Element | null {
  const { t, i18n } = useTranslation();
  const open = openSuggestions(article);
  if (open.length === 0) return null;
  return (
    <section className="suggestions" aria-labelledby="suggestions-title" data-testid="suggestions">
      <h3 id="suggestions-title" className="checks__heading">
        {t('suggest.title', { count: open.length })}
      </h3>
      <div className="row suggestions__all">
        <button
          type="button"
          className="btn btn--small"
          onClick={() => onEdit((a, who) => decideAll(a, 'accept', who).article)}
        >
          {t('suggest.acceptAll')}
        </button>
        <button
          type="button"
          className="btn btn--small"
          onClick={() => onEdit((a, who) => decideAll(a, 'reject', who).article)}
        >
          {t('suggest.rejectAll')}
        </button>
      </div>
      <ol className="threads">
        {open.map((s) => (
          <li key={s.id} className="thread suggestion" data-suggestion-id={s.id}>
            <Change article={article} s={s} />
            <div className="thread__who">
              {personLabel(s.by)} · <time dateTime={s.at}>{formatWhen(s.at, i18n.language)}</time>
            </div>
            <div className="row thread__actions">
              <button
                type="button"
                className="btn btn--small"
                aria-label={t('suggest.acceptOne', { name: s.by.name, id: s.id })}
                onClick={() => onEdit((a, who) => acceptSuggestion(a, s.id, who))}
              >
                {t('suggest.accept')}
              </button>
              <button
                type="button"
                className="btn btn--small"
                aria-label={t('suggest.rejectOne', { name: s.by.name, id: s.id })}
                onClick={() => onEdit((a, who) => rejectSuggestion(a, s.id, who))}
              >
                {t('suggest.reject')}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
