import { useId, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { KNOWN_CREDIT_ROLES, type Credit } from '../../shared/model/article';

export interface RosterPerson {
  name: string;
  roles: string[];
}

interface Props {
  credits: Credit[];
  roster: RosterPerson[];
  extraRoles: string[];
  onChange: (credits: Credit[]) => void;
}

/** Who worked on the piece and as what; people can be added from the newsroom's roster. */
export function CreditsPanel({ credits, roster, extraRoles, onChange }: Props): JSX.Element {
  const { t } = useTranslation();
  const rosterId = useId();
  const [pick, setPick] = useState('');
  const roles = [
    ...KNOWN_CREDIT_ROLES,
    ...extraRoles.filter((r) => !KNOWN_CREDIT_ROLES.includes(r as never)),
  ];
  const update = (i: number, patch: Partial<Credit>): void =>
    onChange(credits.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const addFromRoster = (): void => {
    const person = roster.find((p) => p.name === pick);
    if (!person) return;
    onChange([...credits, { name: person.name, role: person.roles[0] ?? 'contributor' }]);
    setPick('');
  };
  return (
    <div className="credits" data-testid="credits">
      {credits.length === 0 ? <p className="panel-empty">{t('credits.none')}</p> : null}
      <ul className="credits__list">
        {credits.map((c, i) => (
          <li key={i} className="credit-row">
            <input
              className="input"
              aria-label={t('credits.nameOf', { n: i + 1 })}
              value={c.name}
              onChange={(e) => update(i, { name: e.currentTarget.value })}
            />
            <select
              className="input"
              aria-label={t('credits.roleOf', { name: c.name || i + 1 })}
              value={c.role}
              onChange={(e) => update(i, { role: e.currentTarget.value })}
            >
              {(roles.includes(c.role) ? roles : [...roles, c.role]).map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`, { defaultValue: r })}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn btn--icon"
              aria-label={t('credits.remove', { name: c.name || i + 1 })}
              title={t('credits.remove', { name: c.name || i + 1 })}
              onClick={() => onChange(credits.filter((_, j) => j !== i))}
            >
              ×
            </button>
            {c.note ? <div className="credit-row__note muted">{c.note}</div> : null}
          </li>
        ))}
      </ul>
      <div className="credits__add">
        <button
          type="button"
          className="btn"
          onClick={() => onChange([...credits, { name: '', role: 'contributor' }])}
        >
          {t('credits.add')}
        </button>
      </div>
      <div className="credits__roster">
        <label htmlFor={rosterId}>{t('credits.fromRoster')}</label>
        <div className="row">
          <select
            id={rosterId}
            className="input"
            value={pick}
            onChange={(e) => setPick(e.currentTarget.value)}
            disabled={roster.length === 0}
          >
            <option value="">
              {roster.length ? t('credits.choosePerson') : t('credits.rosterEmpty')}
            </option>
            {roster.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name}
                {p.roles.length
                  ? ` (${p.roles.map((r) => t(`role.${r}`, { defaultValue: r })).join(', ')})`
                  : ''}
              </option>
            ))}
          </select>
          <button type="button" className="btn" onClick={addFromRoster} disabled={!pick}>
            {t('credits.addPerson')}
          </button>
        </div>
      </div>
    </div>
  );
}
