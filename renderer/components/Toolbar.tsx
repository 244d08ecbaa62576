import { useEffect, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFileView, Theme, UiLanguage } from '../../shared/ipc/contract';

export type Command = 'new' | 'open' | 'import' | 'save' | 'saveAs' | 'export';

interface Props {
  title: string;
  dirty: boolean;
  recent: RecentFileView[];
  language: UiLanguage;
  theme: Theme;
  busy: boolean;
  onCommand: (c: Command) => void;
  onOpenRecent: (id: string) => void;
  onLanguage: (l: UiLanguage) => void;
  onTheme: (t: Theme) => void;
  onSettings: () => void;
  /** Suggestion mode (track changes) on or off. */
  suggesting: boolean;
  onSuggesting: () => void;
}

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
export const MOD_LABEL = isMac ? '⌘' : 'Ctrl+';

/** The in-page menu: the same commands as Electron's File menu, with their shortcuts shown. */
export function Toolbar(props: Props): JSX.Element {
  const { t } = useTranslation();
  const [recentOpen, setRecentOpen] = useState(false);
  const recentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!recentOpen) return;
    const close = (e: MouseEvent): void => {
      if (!recentRef.current?.contains(e.target as Node)) setRecentOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [recentOpen]);

  const btn = (c: Command, shortcut?: string): JSX.Element => (
    <button
      type="button"
      className="tb-btn"
      onClick={() => props.onCommand(c)}
      disabled={props.busy}
      title={shortcut ? `${t(`command.${c}`)} (${shortcut})` : t(`command.${c}`)}
      aria-keyshortcuts={shortcut?.replace('⌘', 'Meta+').replace('Ctrl+', 'Control+')}
    >
      {t(`command.${c}`)}
    </button>
  );

  return (
    <header className="toolbar">
      <div className="toolbar__brand" aria-hidden="true">
        ND
      </div>
      <nav className="toolbar__group" aria-label={t('toolbar.file')}>
        {btn('new', `${MOD_LABEL}N`)}
        {btn('open', `${MOD_LABEL}O`)}
        <div className="menu" ref={recentRef}>
          <button
            type="button"
            className="tb-btn"
            aria-haspopup="menu"
            aria-expanded={recentOpen}
            onClick={() => setRecentOpen((o) => !o)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setRecentOpen(false);
            }}
          >
            {t('command.recent')} ▾
          </button>
          {recentOpen ? (
            <ul className="menu__list" role="menu" aria-label={t('command.recent')}>
              {props.recent.length === 0 ? (
                <li role="none" className="menu__empty">
                  {t('toolbar.noRecent')}
                </li>
              ) : (
                props.recent.map((r) => (
                  <li role="none" key={r.id}>
                    <button
                      type="button"
                      role="menuitem"
                      className="menu__item"
                      onKeyDown={(e) => {
                        if (e.key === 'Escape') setRecentOpen(false);
                      }}
                      onClick={() => {
                        setRecentOpen(false);
                        props.onOpenRecent(r.id);
                      }}
                    >
                      <span>{r.name}</span>
                      <span className="muted">{r.folder}</span>
                    </button>
                  </li>
                ))
              )}
            </ul>
          ) : null}
        </div>
        {btn('import', `${MOD_LABEL}Shift+O`)}
        {btn('save', `${MOD_LABEL}S`)}
        {btn('saveAs', `${MOD_LABEL}Shift+S`)}
        {btn('export', `${MOD_LABEL}E`)}
      </nav>
      <div className="toolbar__title" title={props.title}>
        <span className="toolbar__doc">{props.title}</span>
        {props.dirty ? (
          <span className="dirty-dot" aria-label={t('status.save.unsaved')} role="img">
            •
          </span>
        ) : null}
      </div>
      <div className="toolbar__group">
        <button
          type="button"
          className="tb-btn tb-toggle"
          aria-pressed={props.suggesting}
          disabled={props.busy}
          onClick={props.onSuggesting}
          title={t('suggest.modeTitle', { shortcut: `${MOD_LABEL}Shift+E` })}
          aria-keyshortcuts={isMac ? 'Meta+Shift+E' : 'Control+Shift+E'}
          data-testid="suggest-mode"
        >
          {t('suggest.mode')}
        </button>
        <button type="button" className="tb-btn" onClick={props.onSettings}>
          {t('settings.open')}
        </button>
        <label className="tb-select">
          <span className="visually-hidden">{t('toolbar.language')}</span>
          <select
            value={props.language}
            onChange={(e) => props.onLanguage(e.currentTarget.value as UiLanguage)}
          >
            <option value="en">English</option>
            <option value="id">Bahasa Indonesia</option>
          </select>
        </label>
        <label className="tb-select">
          <span className="visually-hidden">{t('toolbar.theme')}</span>
          <select
            value={props.theme}
            onChange={(e) => props.onTheme(e.currentTarget.value as Theme)}
          >
            <option value="system">{t('theme.system')}</option>
            <option value="light">{t('theme.light')}</option>
            <option value="dark">{t('theme.dark')}</option>
          </select>
        </label>
      </div>
    </header>
  );
}
