import { memo, useCallback, useRef, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
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
function where(t: TFunction, d: Diagnostic, blockType: string | undefined): string {
  const { blockIndex, field } = d.location;
  if (blockIndex !== null) {
    return t('checks.where.block', {
      type: t(`blockType.${blockType ?? 'paragraph'}`),
      n: blockIndex + 1,
    });
  }
  const head = (field ?? 'article').split('.')[0] ?? 'article';
  return t(`checks.where.${head}`, { defaultValue: head });
}

interface ItemProps {
  d: Diagnostic;
  blockType: string | undefined;
  locale: Locale;
  onReveal: (d: Diagnostic) => void;
  onFix: (d: Diagnostic, fixId: string) => void;
}

/**
 * One finding. Memoised: the incremental checker hands back the same finding objects for the
 * blocks a keystroke did not touch, so after typing only the edited block's rows render again
 * (translating every row's texts on each snapshot cost more than the check itself).
 */
const CheckItem = memo(function CheckItem({
  d,
  blockType,
  locale,
  onReveal,
  onFix,
}: ItemProps): JSX.Element {
  const { t } = useTranslation();
  return (
    <li className="check" data-rule={d.ruleId}>
      <button type="button" className="check__main" onClick={() => onReveal(d)}>
        <span className="check__message">{d.message[locale]}</span>
        <span className="check__meta">
          <code className="check__rule">{d.ruleId}</code>
          <span className="check__where">{where(t, d, blockType)}</span>
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
  );
});

export const ChecksPanel = memo(function ChecksPanel({
  diagnostics,
  article,
  onReveal,
  onFix,
}: Props): JSX.Element {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language.startsWith('id') ? 'id' : 'en';
  // The rows get stable callbacks that call the latest ones, so a new snapshot (which gives
  // App new callbacks) does not by itself render every row again.
  const latest = useRef({ onReveal, onFix });
  latest.current = { onReveal, onFix };
  const reveal = useCallback((d: Diagnostic) => latest.current.onReveal(d), []);
  const fix = useCallback((d: Diagnostic, id: string) => latest.current.onFix(d, id), []);
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
                <CheckItem
                  key={`${d.ruleId}-${d.location.blockId ?? d.location.field ?? ''}-${d.location.start ?? ''}-${i}`}
                  d={d}
                  blockType={
                    d.location.blockIndex !== null
                      ? article?.blocks[d.location.blockIndex]?.type
                      : undefined
                  }
                  locale={locale}
                  onReveal={reveal}
                  onFix={fix}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
});
