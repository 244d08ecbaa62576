import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/model/article';
import { creditsLedger, type LedgerRole } from '../../shared/review';
import './review.css';

/** Who did what on the piece, derived from the article and its review record (read-only). */
export function LedgerView({ article }: { article: Article }): JSX.Element {
  const { t } = useTranslation();
  const entries = creditsLedger(article);
  const sources = (r: LedgerRole): string =>
    r.sources
      .map((s) => {
        const n = r.counts[s] ?? 0;
        return `${t(`ledger.source.${s}`)}${n > 1 ? ` ×${n}` : ''}`;
      })
      .join(', ');
  return (
    <section className="ledger" aria-labelledby="ledger-title" data-testid="ledger">
      <h3 id="ledger-title" className="checks__heading">
        {t('ledger.title')}
      </h3>
      <p className="muted ledger__hint">{t('ledger.hint')}</p>
      {entries.length === 0 ? (
        <p className="panel-empty">{t('ledger.none')}</p>
      ) : (
        <ul className="ledger__list">
          {entries.map((e) => (
            <li key={e.name} className="ledger__row" data-person={e.name}>
              <span className="ledger__name">{e.name}</span>
              <ul className="ledger__roles">
                {e.roles.map((r) => (
                  <li key={r.role} data-role={r.role}>
                    <span className="ledger__role">
                      {t(`role.${r.role}`, { defaultValue: r.role })}
                    </span>{' '}
                    <span className="muted">({sources(r)})</span>
                    {r.notes.length ? <span className="muted"> — {r.notes.join('; ')}</span> : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
