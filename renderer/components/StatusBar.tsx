import type { JSX, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { articleWordCount, readingMinutes } from '../../shared/model/text';
import type { Snapshot } from '../editor/snapshot';

export type SaveState = 'saved' | 'unsaved' | 'recovered' | 'saving' | 'new';

interface Props {
  snapshot: Snapshot | null;
  saveState: SaveState;
  recoverySavedAt: string | null;
  /** The review workflow control, when shown. */
  children?: ReactNode;
}

export function StatusBar({ snapshot, saveState, recoverySavedAt, children }: Props): JSX.Element {
  const { t } = useTranslation();
  const words = snapshot ? articleWordCount(snapshot.article) : 0;
  const errors = snapshot?.diagnostics.filter((d) => d.severity === 'error').length ?? 0;
  const warnings = snapshot?.diagnostics.filter((d) => d.severity === 'warning').length ?? 0;
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
      {recoverySavedAt && saveState !== 'saved' ? (
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
}
