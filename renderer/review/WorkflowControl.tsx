import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/model/article';
import type { Profile } from '../../shared/profiles/profile';
import {
  approvalBlockers,
  approve,
  getReview,
  returnToDraft,
  setStatus,
  submitForReview,
  TRANSITIONS,
  type ApprovalBlockers,
  type ReviewStatus,
} from '../../shared/review';
import { formatWhen, personLabel } from './format';
import type { ReviewAction } from './ReviewPanel';

interface Props {
  article: Article;
  profile: Profile;
  onAction: (action: ReviewAction) => boolean;
  onShowChecks: () => void;
}

/** The step each move is, as a button says it. Exported only comes from a successful export. */
const MOVE_LABEL: Partial<Record<ReviewStatus, string>> = {
  'in-review': 'workflow.toReview',
  approved: 'workflow.approve',
  draft: 'workflow.toDraft',
};

/**
 * Draft → in review → approved → exported, in the status bar: where the article is, who put it
 * there and when, and the next steps. Approval is refused while the checks show errors or
 * suggestions are open; the reasons are listed in plain words.
 */
export function WorkflowControl({ article, profile, onAction, onShowChecks }: Props): JSX.Element {
  const { t, i18n } = useTranslation();
  const [blocked, setBlocked] = useState<ApprovalBlockers | null>(null);
  const review = getReview(article);
  const last = review.statusHistory.at(-1);
  const locale = i18n.language.startsWith('id') ? 'id' : 'en';

  const move = (to: ReviewStatus): void => {
    if (to === 'approved') {
      const why = approvalBlockers(article, { profile });
      if (why.errors.length || why.openSuggestions.length) {
        setBlocked(why);
        return;
      }
    }
    setBlocked(null);
    onAction((a, who) =>
      to === 'in-review' && review.status === 'draft'
        ? submitForReview(a, who)
        : to === 'approved'
          ? approve(a, who, { profile })
          : to === 'draft'
            ? returnToDraft(a, who)
            : setStatus(a, to, who),
    );
  };

  return (
    <div className="workflow" data-testid="workflow" data-status={review.status}>
      <span className={`workflow__status workflow__status--${review.status}`}>
        {t(`workflow.status.${review.status}`)}
      </span>
      {last ? (
        <span className="workflow__who muted">
          {t('workflow.by', {
            who: personLabel(last.by),
            when: formatWhen(last.at, i18n.language),
          })}
        </span>
      ) : null}
      {TRANSITIONS[review.status]
        .filter((to) => MOVE_LABEL[to])
        .map((to) => (
          <button key={to} type="button" className="btn btn--small" onClick={() => move(to)}>
            {t(MOVE_LABEL[to]!)}
          </button>
        ))}
      {blocked ? (
        <div className="workflow__blocked" role="alert" data-testid="approval-blocked">
          <p className="workflow__blocked-title">{t('workflow.blockedTitle')}</p>
          <ul>
            {blocked.errors.map((d, i) => (
              <li key={`e${i}`}>{d.message[locale]}</li>
            ))}
            {blocked.openSuggestions.length ? (
              <li>{t('workflow.openSuggestions', { count: blocked.openSuggestions.length })}</li>
            ) : null}
          </ul>
          <div className="row">
            {blocked.errors.length ? (
              <button
                type="button"
                className="btn btn--small"
                onClick={() => {
                  setBlocked(null);
                  onShowChecks();
                }}
              >
                {t('workflow.showChecks')}
              </button>
            ) : null}
            <button type="button" className="btn btn--small" onClick={() => setBlocked(null)}>
              {t('common.close')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
