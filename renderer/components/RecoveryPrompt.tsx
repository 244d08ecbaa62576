import { DateTime } from 'luxon';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryEntry } from '../../shared/ipc/contract';
import { Modal } from './Modal';

interface Props {
  entries: RecoveryEntry[];
  onRestore: (id: string) => void;
  onDiscard: (id: string) => void;
  onLater: () => void;
}

/** At start, when a previous run ended with unsaved work: restore it, discard it, or decide later. */
export function RecoveryPrompt({ entries, onRestore, onDiscard, onLater }: Props): JSX.Element {
  const { t, i18n } = useTranslation();
  return (
    <Modal
      title={t('recovery.title')}
      onClose={onLater}
      testId="recovery-prompt"
      footer={
        <button type="button" className="btn" onClick={onLater}>
          {t('recovery.later')}
        </button>
      }
    >
      <p>{t('recovery.intro', { count: entries.length })}</p>
      <ul className="recovery-list">
        {entries.map((e) => (
          <li key={e.id} className="recovery-list__item">
            <div>
              <strong>{e.headline || e.name}</strong>
              <div className="muted">
                {e.folder ? `${e.name} — ${e.folder}` : t('recovery.untitled')} ·{' '}
                {DateTime.fromISO(e.savedAt)
                  .setLocale(i18n.language)
                  .toLocaleString(DateTime.DATETIME_MED)}
              </div>
            </div>
            <div className="recovery-list__actions">
              <button
                type="button"
                className="btn btn--primary"
                onClick={() => onRestore(e.id)}
                aria-label={t('recovery.restoreNamed', { name: e.headline || e.name })}
              >
                {t('recovery.restore')}
              </button>
              <button
                type="button"
                className="btn btn--danger"
                onClick={() => onDiscard(e.id)}
                aria-label={t('recovery.discardNamed', { name: e.headline || e.name })}
              >
                {t('recovery.discard')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
