import { memo, useMemo, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, Block } from '../../shared/model/article';
import { blockPlainText, countWords, readingMinutes } from '../../shared/model/text';
import type { Snapshot } from '../editor/snapshot';

export type SaveState = 'saved' | 'unsaved' | 'recovered' | 'saving' | 'new';

interface Props {
  snapshot: Snapshot | null;
  saveState: SaveState;
  /** A recovery copy of the unsaved work has been written. */
  recoveryKept: boolean;
  /** The review workflow control, when shown. */
  children?: ReactNode;
}

/**
 * Words per block, kept by block object: the editor bridge hands back the same object for a
 * block that did not change, so after a keystroke only the edited block is counted again
 * instead of all 20,000 words. Same sum as `articleWordCount`.
 */
const blockWords = new WeakMap<Block, number>();

function wordCount(article: Article): number {
  let n = countWords(article.headline);
  for (const b of article.blocks) {
    if (b.type === 'figure' || b.type === 'related') continue;
    let w = blockWords.get(b);
    if (w === undefined) {
      w = countWords(blockPlainText(b));
      blockWords.set(b, w);
    }
    n += w;
  }
  return n;
}

export const StatusBar = memo(function StatusBar({
  snapshot,
  saveState,
  recoveryKept,
  children,
}: Props): JSX.Element {
  const { t } = useTranslation();
  const article = snapshot?.article;
  const diagnostics = snapshot?.diagnostics;
  const words = useMemo(() => (article ? wordCount(article) : 0), [article]);
  const [errors, warnings] = useMemo(() => {
    let e = 0;
    let w = 0;
    for (const d of diagnostics ?? []) {
      if (d.severity === 'error') e++;
      else if (d.severity === 'warning') w++;
    }
    return [e, w];
  }, [diagnostics]);
  return (
    <footer className="statusbar" aria-label={t('status.label')}>
      <span data-testid="word-count">{t('status.words', { count: words })}</span>
      <span>{t('status.reading', { count: readingMinutes(words) })}</span>
      <span className={errors ? 'status--error' : ''} data-testid="error-count">
        {t('status.errors', { count: errors })}
      </span>
      <span className={warnings ? 'status--warning' : ''}>
        {t('status.warnings', { count: warnings })}
      </span>
      {children}
      <span className="statusbar__spacer" />
      {recoveryKept && saveState !== 'saved' ? (
        <span className="muted">{t('status.recoveryCopy')}</span>
      ) : null}
      <span
        className={`save-state save-state--${saveState}`}
        data-testid="save-state"
        role="status"
      >
        {t(`status.save.${saveState}`)}
      </span>
    </footer>
  );
});
