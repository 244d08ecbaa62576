import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/model/article';
import type { Diagnostic, Locale } from '../../shared/rules/types';

interface Props {
  diagnostics: Diagnostic[];
  article: Article | null;
  onReveal: (d: Diagnostic) => void;
  onFix: (d: Diagnostic, fixId: string) => void;
}

const GROUPS: Diagnostic['severity'][] = ['error', 'warning', 'info'];

/** Where a finding is, in words: "Headline", "Related link (block 9)", "Credits". */
function useWhere(): (d: Diagnostic, article: Article | null) => string {
  const { t } = useTranslation();
  return (d, article) => {
    const { blockIndex, field } = d.location;
    if (blockIndex !== null) {
      const type = article?.blocks[blockIndex]?.type ?? 'paragraph';
      return t('checks.where.block', { type: t(`blockType.${type}`), n: blockIndex + 1 });
    }
    const head = (field ?? 'article').split('.')[0] ?? 'article';
    return t(`checks.where.${head}`, { defaultValue: head });
  };
}

export function ChecksPanel({ diagnostics, article, onReveal, onFix }: Props): JSX.Element {
  const { t, i18n } = useTranslation();
  const where = useWhere();
  const locale: Locale = i18n.language.startsWith('id') ? 'id' : 'en';
  if (diagnostics.length === 0) {
    return (
      <div className="panel-empty" data-testid="checks-empty">
        {t('checks.none')}
      </div>
    );
  }
  return (
    <div className="checks" data-testid="checks">
      {GROUPS.map((sev) => {
        const list = diagnostics.filter((d) => d.severity === sev);
        if (list.length === 0) return null;
        return (
          <section key={sev} className={`checks__group checks__group--${sev}`}>
            <h3 className="checks__heading">
              <span className={`sev-dot sev-dot--${sev}`} aria-hidden="true" />
              {t(`severity.${sev}`, { count: list.length })}
            </h3>
            <ul className="checks__list">
              {list.map((d, i) => (
                <li
                  key={`${d.ruleId}-${d.location.blockId ?? d.location.field ?? ''}-${d.location.start ?? ''}-${i}`}
                  className="check"
                  data-rule={d.ruleId}
                >
                  <button type="button" className="check__main" onClick={() => onReveal(d)}>
                    <span className="check__message">{d.message[locale]}</span>
                    <span className="check__meta">
                      <code className="check__rule">{d.ruleId}</code>
                      <span className="check__where">{where(d, article)}</span>
                    </span>
                  </button>
                  {d.fixes?.length ? (
                    <div className="check__fixes">
                      {d.fixes.map((f) => (
                        <button
                          key={f.id}
                          type="button"
                          className="btn btn--small"
                          onClick={() => onFix(d, f.id)}
                        >
                          {f.title[locale]}
                        </button>
                      ))}
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
