import { useRef, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Tab = 'checks' | 'credits' | 'details' | 'review' | 'history';
const TABS: Tab[] = ['checks', 'credits', 'details', 'review', 'history'];

interface Props {
  tab: Tab;
  onTab: (t: Tab) => void;
  counts: { errors: number; warnings: number };
  children: ReactNode;
}

/** The side panels as ARIA tabs: arrow keys move between tabs, Tab moves into the panel. */
export function Sidebar({ tab, onTab, counts, children }: Props): JSX.Element {
  const { t } = useTranslation();
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({
    checks: null,
    review: null,
    credits: null,
    details: null,
    history: null,
  });
  const move = (dir: number): void => {
    const next = TABS[(TABS.indexOf(tab) + dir + TABS.length) % TABS.length]!;
    onTab(next);
    refs.current[next]?.focus();
  };
  return (
    <aside className="sidebar" aria-label={t('sidebar.label')}>
      <div
        className="tabs"
        role="tablist"
        aria-label={t('sidebar.label')}
        onKeyDown={(e) => {
          if (e.key === 'ArrowRight') move(1);
          if (e.key === 'ArrowLeft') move(-1);
        }}
      >
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              refs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="tab"
            onClick={() => onTab(id)}
          >
            {t(`sidebar.${id}`)}
            {id === 'checks' && counts.errors + counts.warnings > 0 ? (
              <span className={`badge ${counts.errors ? 'badge--error' : 'badge--warning'}`}>
                {counts.errors + counts.warnings}
              </span>
            ) : null}
          </button>
        ))}
      </div>
      <div className="tabpanel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {children}
      </div>
    </aside>
  );
}
