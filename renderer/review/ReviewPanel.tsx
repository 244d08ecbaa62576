import { useId, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/model/article';
import {
  addComment,
  anchorState,
  deleteComment,
  getReview,
  reopenComment,
  replyToComment,
  resolveComment,
  type Actor,
  type Comment,
} from '../../shared/review';
import { formatWhen, personLabel } from './format';
import { SuggestionsList } from './SuggestionsList';
import type { CommentTarget } from './target';
import './review.css';

/** The new-comment box, which Ctrl+Alt+M focuses from the text. */
export const COMMENT_BODY_ID = 'review-comment-body';

/** A review action: the current article and who acts in, the changed article out. */
export type ReviewAction = (article: Article, actor: Actor) => Article;

interface Props {
  /** The article as it stands (editor content over the base), for anchors and quotes. */
  article: Article;
  target: CommentTarget | null;
  userName: string;
  onAction: (action: ReviewAction) => boolean;
  /** For actions that change the text (accepting suggestions): the editor shows the result. */
  onEdit: (action: ReviewAction) => boolean;
  /** Selects the comment's words in the text (or focuses its block). */
  onReveal: (comment: Comment) => void;
}

function Thread({
  comment,
  article,
  userName,
  onAction,
  onReveal,
}: {
  comment: Comment;
  article: Article;
  userName: string;
  onAction: Props['onAction'];
  onReveal: Props['onReveal'];
}): JSX.Element {
  const { t, i18n } = useTranslation();
  const [reply, setReply] = useState('');
  const replyId = useId();
  const detached = anchorState(article, comment) === 'detached';
  const { anchor } = comment;
  return (
    <li
      className={`thread${comment.resolved ? ' thread--resolved' : ''}`}
      data-comment-id={comment.id}
      data-state={comment.resolved ? 'resolved' : 'open'}
    >
      <div className="thread__anchor muted">
        {anchor.quote ? (
          <q className="thread__quote">{anchor.quote}</q>
        ) : (
          t('review.wholeBlock', {
            kind: t(`review.kind.${kindOf(article, comment)}`, {
              defaultValue: kindOf(article, comment),
            }),
          })
        )}
        {detached ? <span className="badge badge--warning">{t('review.detached')}</span> : null}
        {comment.resolved ? <span className="badge">{t('review.resolved')}</span> : null}
      </div>
      <div className="thread__msg">
        <div className="thread__who">
          {personLabel(comment.by)} ·{' '}
          <time dateTime={comment.at}>{formatWhen(comment.at, i18n.language)}</time>
        </div>
        <p className="thread__body">{comment.body}</p>
      </div>
      {comment.replies.length ? (
        <ol
          className="thread__replies"
          aria-label={t('review.repliesTo', { name: comment.by.name })}
        >
          {comment.replies.map((r) => (
            <li key={r.id} className="thread__msg">
              <div className="thread__who">
                {personLabel(r.by)} · <time dateTime={r.at}>{formatWhen(r.at, i18n.language)}</time>
              </div>
              <p className="thread__body">{r.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <label className="visually-hidden" htmlFor={replyId}>
        {t('review.replyTo', { name: comment.by.name })}
      </label>
      <textarea
        id={replyId}
        className="input thread__reply"
        rows={2}
        placeholder={t('review.replyPlaceholder')}
        value={reply}
        onChange={(e) => setReply(e.currentTarget.value)}
      />
      <div className="row thread__actions">
        <button
          type="button"
          className="btn btn--small"
          disabled={!reply.trim()}
          onClick={() => {
            if (onAction((a, who) => replyToComment(a, comment.id, reply, who))) setReply('');
          }}
        >
          {t('review.reply')}
        </button>
        {comment.resolved ? (
          <button
            type="button"
            className="btn btn--small"
            onClick={() => onAction((a, who) => reopenComment(a, comment.id, who))}
          >
            {t('review.reopen')}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn--small"
            onClick={() => onAction((a, who) => resolveComment(a, comment.id, who))}
          >
            {t('review.resolve')}
          </button>
        )}
        {!detached ? (
          <button type="button" className="btn btn--small" onClick={() => onReveal(comment)}>
            {t('review.show')}
          </button>
        ) : null}
        {comment.by.name === userName ? (
          <button
            type="button"
            className="btn btn--small"
            onClick={() => onAction((a, who) => deleteComment(a, comment.id, who))}
          >
            {t('review.delete')}
          </button>
        ) : null}
      </div>
    </li>
  );
}

function kindOf(article: Article, c: Comment): string {
  if (c.anchor.blockId === null) return c.anchor.field ?? 'headline';
  return article.blocks.find((b) => b.id === c.anchor.blockId)?.type ?? 'paragraph';
}

/** Comments: a new one on the selection, then the threads, open first. */
export function ReviewPanel({
  article,
  target,
  userName,
  onAction,
  onEdit,
  onReveal,
}: Props): JSX.Element {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const comments = getReview(article).comments;
  const ordered = [...comments.filter((c) => !c.resolved), ...comments.filter((c) => c.resolved)];
  const where = target
    ? target.quote !== null
      ? t('review.onQuote', { quote: target.quote })
      : t('review.wholeBlock', {
          kind: t(`review.kind.${target.kind}`, { defaultValue: target.kind }),
        })
    : t('review.noTarget');
  return (
    <div className="review" data-testid="review">
      <SuggestionsList article={article} onEdit={onEdit} />
      <section className="review__new" aria-label={t('review.newComment')}>
        <p className="review__target muted" data-testid="comment-target">
          {where}
        </p>
        <label htmlFor={COMMENT_BODY_ID} className="visually-hidden">
          {t('review.commentLabel')}
        </label>
        <textarea
          id={COMMENT_BODY_ID}
          className="input review__body"
          rows={3}
          placeholder={t('review.commentPlaceholder')}
          aria-keyshortcuts="Control+Alt+M"
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        <button
          type="button"
          className="btn"
          disabled={!target || !body.trim()}
          onClick={() => {
            if (!target) return;
            const anchor = target.anchor;
            if (onAction((a, who) => addComment(a, { anchor, body }, who).article)) setBody('');
          }}
        >
          {t('review.comment')}
        </button>
      </section>
      {ordered.length === 0 ? (
        <p className="panel-empty">{t('review.none')}</p>
      ) : (
        <ol className="threads" aria-label={t('review.threads')}>
          {ordered.map((c) => (
            <Thread
              key={c.id}
              comment={c}
              article={article}
              userName={userName}
              onAction={onAction}
              onReveal={onReveal}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
