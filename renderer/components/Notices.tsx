import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

/** Transient messages, announced to screen readers through a live region. */
export function Notices({
  notices,
  onDismiss,
}: {
  notices: Notice[];
  onDismiss: (id: number) => void;
}): JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice--${n.kind}`}
          role={n.kind === 'error' ? 'alert' : 'status'}
        >
          <span>{n.text}</span>
          <button
            type="button"
            className="btn btn--icon"
            aria-label={t('common.dismiss')}
            onClick={() => onDismiss(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
