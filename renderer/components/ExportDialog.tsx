import { useId, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopApi } from '../../shared/ipc/client';
import type { AppInfo, ExportResult, SettingsView } from '../../shared/ipc/contract';
import type { Article } from '../../shared/model/article';
import type { Diagnostic, Locale } from '../../shared/rules/types';
import { Modal } from './Modal';

interface Props {
  api: DesktopApi;
  token: string;
  exporters: AppInfo['exporters'];
  settings: SettingsView;
  profile: string | undefined;
  diagnostics: Diagnostic[];
  getArticle: () => Article;
  onSettings: (s: SettingsView) => void;
  onClose: () => void;
  /** After files were written (the review workflow marks an approved article exported). */
  onExported?: () => void;
}

type Phase =
  | { kind: 'form' }
  | { kind: 'running' }
  | { kind: 'done'; result: ExportResult }
  | { kind: 'failed'; message: string };

/**
 * Export: pick formats and where to, see what stops it (errors), and only with an explicit tick
 * export anyway as a draft. Shows progress while the files are written and, after, what was
 * written with a way to reveal it.
 */
export function ExportDialog(props: Props): JSX.Element {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language.startsWith('id') ? 'id' : 'en';
  const ids = { dest: useId(), draft: useId() };
  const known = new Set(props.exporters.map((e) => e.id));
  const remembered = props.settings.exportFormats.filter((f) => known.has(f));
  const [formats, setFormats] = useState<string[]>(
    remembered.length ? remembered : known.has('html') ? ['html'] : [],
  );
  const [destination, setDestination] = useState<'dialog' | 'settings'>(
    props.settings.exportFolder ? 'settings' : 'dialog',
  );
  const [draft, setDraft] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const errors = props.diagnostics.filter((d) => d.severity === 'error');
  const gated = errors.length > 0 && !draft;
  const canExport =
    formats.length > 0 &&
    !gated &&
    (destination === 'dialog' || Boolean(props.settings.exportFolder));

  const toggle = (id: string): void =>
    setFormats((f) => (f.includes(id) ? f.filter((x) => x !== id) : [...f, id]));

  const chooseFolder = async (): Promise<void> => {
    const s = await props.api.chooseExportFolder();
    if (s) {
      props.onSettings(s);
      setDestination('settings');
    }
  };

  const run = async (): Promise<void> => {
    setPhase({ kind: 'running' });
    try {
      void props.api
        .setSettings({ exportFormats: formats })
        .then(props.onSettings)
        .catch(() => undefined);
      const result = await props.api.runExport({
        token: props.token,
        article: props.getArticle(),
        formats,
        destination,
        allowErrors: draft,
        ...(props.profile ? { profile: props.profile } : {}),
      });
      if (result === null) setPhase({ kind: 'form' });
      else {
        setPhase({ kind: 'done', result });
        if (result.written.length > 0) props.onExported?.();
      }
    } catch (e) {
      setPhase({ kind: 'failed', message: (e as Error).message });
    }
  };

  const footer =
    phase.kind === 'done' || phase.kind === 'failed' ? (
      <>
        {phase.kind === 'done' && phase.result.written.length > 0 ? (
          <button
            type="button"
            className="btn"
            onClick={() =>
              void props.api
                .showInFolder({ path: phase.result.written[0]!.path })
                .catch(() => undefined)
            }
          >
            {t('export.showInFolder')}
          </button>
        ) : null}
        <button type="button" className="btn btn--primary" onClick={props.onClose}>
          {t('common.close')}
        </button>
      </>
    ) : (
      <>
        <button type="button" className="btn" onClick={props.onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={!canExport || phase.kind === 'running'}
          onClick={() => void run()}
        >
          {draft ? t('export.runDraft') : t('export.run')}
        </button>
      </>
    );

  return (
    <Modal
      title={t('export.title')}
      onClose={props.onClose}
      footer={footer}
      wide
      testId="export-dialog"
    >
      {phase.kind === 'running' ? (
        <div className="export-progress" role="status">
          <progress aria-label={t('export.progress')} />
          <span>{t('export.progress')}</span>
        </div>
      ) : phase.kind === 'done' ? (
        <ExportOutcome result={phase.result} locale={locale} />
      ) : phase.kind === 'failed' ? (
        <p className="error-text" role="alert">
          {t('export.failed', { message: phase.message })}
        </p>
      ) : (
        <div className="export-form">
          <fieldset className="fieldset">
            <legend>{t('export.formats')}</legend>
            <div className="format-grid">
              {props.exporters.map((e) => (
                <label key={e.id} className="check-label">
                  <input
                    type="checkbox"
                    checked={formats.includes(e.id)}
                    onChange={() => toggle(e.id)}
                  />
                  <span>
                    {e.label} <span className="muted mono">{e.extension}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="fieldset">
            <legend>{t('export.destination')}</legend>
            <label className="check-label">
              <input
                type="radio"
                name={ids.dest}
                checked={destination === 'dialog'}
                onChange={() => setDestination('dialog')}
              />
              <span>{t('export.askFolder')}</span>
            </label>
            <label className="check-label">
              <input
                type="radio"
                name={ids.dest}
                checked={destination === 'settings'}
                disabled={!props.settings.exportFolder}
                onChange={() => setDestination('settings')}
              />
              <span>
                {props.settings.exportFolder
                  ? t('export.savedFolder', { folder: props.settings.exportFolder })
                  : t('export.noSavedFolder')}
              </span>
            </label>
            <button type="button" className="btn btn--small" onClick={() => void chooseFolder()}>
              {t('export.chooseFolder')}
            </button>
          </fieldset>
          {errors.length > 0 ? (
            <div className="gate" data-testid="export-gate">
              <p className="gate__title">{t('export.gate', { count: errors.length })}</p>
              <ul className="gate__list">
                {errors.map((d, i) => (
                  <li key={i}>
                    <code>{d.ruleId}</code> {d.message[locale]}
                  </li>
                ))}
              </ul>
              <label className="check-label" htmlFor={ids.draft}>
                <input
                  id={ids.draft}
                  type="checkbox"
                  checked={draft}
                  onChange={(e) => setDraft(e.currentTarget.checked)}
                />
                <span>{t('export.anyway')}</span>
              </label>
            </div>
          ) : (
            <p className="ok-text">{t('export.clean')}</p>
          )}
        </div>
      )}
    </Modal>
  );
}

function ExportOutcome({ result, locale }: { result: ExportResult; locale: Locale }): JSX.Element {
  const { t } = useTranslation();
  if (result.blocked) {
    return (
      <div role="alert" data-testid="export-blocked">
        <p className="error-text">{t('export.blocked')}</p>
        <ul className="gate__list">
          {result.diagnostics
            .filter((d) => d.severity === 'error')
            .map((d, i) => (
              <li key={i}>
                <code>{d.ruleId}</code> {d.message[locale]}
              </li>
            ))}
        </ul>
      </div>
    );
  }
  return (
    <div role="status" data-testid="export-result">
      <p>
        {result.draft
          ? t('export.doneDraft', { count: result.written.length, folder: result.folder })
          : t('export.done', { count: result.written.length, folder: result.folder })}
      </p>
      <ul className="written">
        {result.written.map((w) => (
          <li key={w.path}>
            <span className="mono">{w.name}</span> <span className="muted">({w.format})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
