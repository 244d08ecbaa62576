import { useId, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopApi } from '../../shared/ipc/client';
import type { AppInfo, SettingsView, StaffMember } from '../../shared/ipc/contract';
import { Modal } from './Modal';

interface Props {
  api: DesktopApi;
  settings: SettingsView;
  profiles: AppInfo['profiles'];
  onSettings: (s: SettingsView) => void;
  onError: (e: unknown) => void;
  onClose: () => void;
}

interface StaffRow {
  name: string;
  roles: string;
}

/**
 * The newsroom's settings the editor uses: who you are, the staff roster (for the credits
 * panel), the default house profile, the export folder and the recent list. Folders are only
 * ever chosen through the system dialog.
 */
export function SettingsDialog(props: Props): JSX.Element {
  const { t } = useTranslation();
  const ids = { name: useId(), role: useId(), profile: useId() };
  const [user, setUser] = useState(props.settings.user);
  const [profile, setProfile] = useState(props.settings.defaultProfile ?? '');
  const [staff, setStaff] = useState<StaffRow[]>(
    props.settings.staff.map((s) => ({ name: s.name, roles: s.roles.join(', ') })),
  );
  const [busy, setBusy] = useState(false);

  const save = async (): Promise<void> => {
    setBusy(true);
    try {
      const cleanStaff: StaffMember[] = staff
        .filter((s) => s.name.trim() !== '')
        .map((s) => ({
          name: s.name.trim(),
          roles: s.roles
            .split(',')
            .map((r) => r.trim())
            .filter(Boolean),
        }));
      const next = await props.api.setSettings({
        user: { name: user.name.trim(), role: user.role.trim() },
        defaultProfile: profile || null,
        staff: cleanStaff,
      });
      props.onSettings(next);
      props.onClose();
    } catch (e) {
      props.onError(e);
    } finally {
      setBusy(false);
    }
  };

  const act = (p: Promise<SettingsView | null>): void => {
    void p.then((s) => s && props.onSettings(s)).catch(props.onError);
  };

  return (
    <Modal
      title={t('settings.title')}
      onClose={props.onClose}
      wide
      testId="settings-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn--primary"
            disabled={busy}
            onClick={() => void save()}
          >
            {t('settings.save')}
          </button>
        </>
      }
    >
      <div className="settings">
        <fieldset className="fieldset form">
          <legend>{t('settings.you')}</legend>
          <label htmlFor={ids.name}>{t('settings.yourName')}</label>
          <input
            id={ids.name}
            className="input"
            value={user.name}
            onChange={(e) => setUser({ ...user, name: e.currentTarget.value })}
          />
          <label htmlFor={ids.role}>{t('settings.yourRole')}</label>
          <input
            id={ids.role}
            className="input"
            value={user.role}
            onChange={(e) => setUser({ ...user, role: e.currentTarget.value })}
          />
          <label htmlFor={ids.profile}>{t('settings.defaultProfile')}</label>
          <select
            id={ids.profile}
            className="input"
            value={profile}
            onChange={(e) => setProfile(e.currentTarget.value)}
          >
            <option value="">{t('details.profileAuto')}</option>
            {props.profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('settings.roster')}</legend>
          <ul className="credits__list">
            {staff.map((s, i) => (
              <li key={i} className="staff-row">
                <input
                  className="input"
                  aria-label={t('settings.staffName', { n: i + 1 })}
                  value={s.name}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setStaff((all) => all.map((x, j) => (j === i ? { ...x, name: v } : x)));
                  }}
                />
                <input
                  className="input"
                  aria-label={t('settings.staffRoles', { n: i + 1 })}
                  placeholder={t('settings.rolesPlaceholder')}
                  value={s.roles}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setStaff((all) => all.map((x, j) => (j === i ? { ...x, roles: v } : x)));
                  }}
                />
                <button
                  type="button"
                  className="btn btn--icon"
                  aria-label={t('credits.remove', { name: s.name || i + 1 })}
                  onClick={() => setStaff((all) => all.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="btn btn--small"
            onClick={() => setStaff((all) => [...all, { name: '', roles: '' }])}
          >
            {t('settings.addStaff')}
          </button>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('settings.files')}</legend>
          <p className="muted">
            {props.settings.exportFolder
              ? t('export.savedFolder', { folder: props.settings.exportFolder })
              : t('export.noSavedFolder')}
          </p>
          <div className="row">
            <button
              type="button"
              className="btn btn--small"
              onClick={() => act(props.api.chooseExportFolder())}
            >
              {t('export.chooseFolder')}
            </button>
            <button
              type="button"
              className="btn btn--small"
              disabled={!props.settings.exportFolder}
              onClick={() => act(props.api.setSettings({ exportFolder: null }))}
            >
              {t('settings.forgetFolder')}
            </button>
            <button
              type="button"
              className="btn btn--small"
              disabled={props.settings.recentFiles.length === 0}
              onClick={() => act(props.api.setSettings({ recentFiles: [] }))}
            >
              {t('settings.clearRecent')}
            </button>
          </div>
        </fieldset>
      </div>
    </Modal>
  );
}
