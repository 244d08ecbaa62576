import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleDiff, WordChange } from '../../shared/review';

/** An attribute value short enough to read: embedded images by their type, long ones clipped. */
export function shortValue(v: string): string {
  if (v.startsWith('data:')) return `${v.slice(0, Math.max(5, v.indexOf(',')))},…`;
  return v.length > 100 ? `${v.slice(0, 60)}…${v.slice(-30)}` : v;
}

/** A word diff inline: inserted words in <ins>, deleted ones in <del>, the rest as it was. */
export function Words({ words }: { words: readonly WordChange[] }): JSX.Element {
  return (
    <>
      {words.map((w, i) =>
        w.op === 'insert' ? (
          <ins key={i}>{w.text}</ins>
        ) : w.op === 'delete' ? (
          <del key={i}>{w.text}</del>
        ) : (
          <span key={i}>{w.text}</span>
        ),
      )}
    </>
  );
}

/**
 * The structured diff of two revisions, field by field and block by block. Unchanged blocks are
 * left out: a reader wants to see what moved, not re-read the story.
 */
export function DiffView({ diff }: { diff: ArticleDiff }): JSX.Element {
  const { t } = useTranslation();
  const blocks = diff.blocks.filter((b) => b.op !== 'unchanged');
  if (diff.fields.length === 0 && blocks.length === 0) {
    return <p className="panel-empty">{t('history.noDifference')}</p>;
  }
  return (
    <ol className="diff" data-testid="diff">
      {diff.fields.map((f) => (
        <li key={`f-${f.field}`} className="diff__item" data-op="changed" data-field={f.field}>
          <div className="diff__label">
            {t(`history.field.${f.field}`, { defaultValue: f.field })}
          </div>
          <p className="diff__text">
            <Words words={f.words} />
          </p>
        </li>
      ))}
      {blocks.map((b) => (
        <li key={`b-${b.blockId}`} className="diff__item" data-op={b.op} data-block={b.blockId}>
          <div className="diff__label">
            {t(`history.op.${b.op}`)} · {t(`history.block.${b.type}`, { defaultValue: b.type })}
          </div>
          <p className="diff__text">
            {b.op === 'added' ? (
              <ins>{b.after}</ins>
            ) : b.op === 'removed' ? (
              <del>{b.before}</del>
            ) : b.words && b.words.length > 0 ? (
              <Words words={b.words} />
            ) : (
              <span>{b.after}</span>
            )}
          </p>
          {b.attributes?.length ? (
            <ul className="diff__attrs">
              {b.attributes.map((a) => (
                <li key={a.name}>
                  {a.name}: {a.before ? <del>{shortValue(a.before)}</del> : null}{' '}
                  {a.after ? <ins>{shortValue(a.after)}</ins> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
