import { DateTime } from 'luxon';
import type { JSX } from 'react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeKey } from 'lexical';
import { useEditorEnvironment } from '../context';
import { $isBylineNode } from '../nodes/BylineNode';
import { NodeField } from './NodeField';
import { useNodeUpdate } from './useNodeUpdate';

interface Props {
  nodeKey: NodeKey;
  authors: string[];
  published: string | null;
}

/** "2025-09-29T18:33:00+07:00" → the value a datetime-local input shows, in the time's own offset. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const dt = DateTime.fromISO(iso, { setZone: true });
  return dt.isValid ? dt.toFormat("yyyy-LL-dd'T'HH:mm") : '';
}

/**
 * The input's wall-clock time back to ISO with an offset: the offset the byline already had, so
 * editing the minutes of a Jakarta time does not move it to another zone; else the profile's zone.
 */
export function fromLocalInput(
  local: string,
  previous: string | null,
  zone: string,
): string | null {
  if (!local) return null;
  const prev = previous ? DateTime.fromISO(previous, { setZone: true }) : null;
  const dt = DateTime.fromISO(local, { zone: prev?.isValid ? prev.zone : zone });
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true }) : null;
}

/** "Willy Haryono, Kelvin Yurcel, " → the names, in order; commas or semicolons separate them. */
export function splitAuthors(typed: string): string[] {
  return typed
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Typed author text already says what the node holds (a trailing comma is a name on its way). */
const authorsMean = (typed: string, stored: string): boolean =>
  splitAuthors(typed).join(', ') === stored;

export function BylineView({ nodeKey, authors, published }: Props): JSX.Element {
  const { t } = useTranslation();
  const env = useEditorEnvironment();
  const update = useNodeUpdate(nodeKey, $isBylineNode);
  const onAuthors = useCallback(
    (v: string) => update((n) => n.setAuthors(splitAuthors(v))),
    [update],
  );
  const onPublished = useCallback(
    (v: string) => update((n) => n.setPublished(fromLocalInput(v, published, env.timeZone))),
    [update, published, env.timeZone],
  );
  // The review model holds suggestions on text, not on bylines: while suggesting, they are shown.
  const locked = env.review.suggesting ? t('suggest.fieldLocked') : null;
  const offset = published ? DateTime.fromISO(published, { setZone: true }) : null;
  return (
    <div className="node node--byline" data-testid="byline">
      <NodeField
        field="authors"
        className="byline__authors"
        label={t('node.byline.authors')}
        placeholder={t('node.byline.authorsPlaceholder')}
        value={authors.join(', ')}
        onCommit={onAuthors}
        means={authorsMean}
        locked={locked}
      />
      <div className="node-field byline__time">
        <label className="node-field__label" htmlFor={`pub-${nodeKey}`}>
          {t('node.byline.published')}
        </label>
        <input
          id={`pub-${nodeKey}`}
          data-field="published"
          className="node-field__input"
          type="datetime-local"
          value={toLocalInput(published)}
          onChange={(e) => onPublished(e.currentTarget.value)}
          readOnly={Boolean(locked)}
          title={locked ?? undefined}
        />
        {offset?.isValid ? (
          <span className="byline__offset" title={offset.zoneName ?? undefined}>
            UTC{offset.toFormat('ZZ')}
          </span>
        ) : null}
      </div>
    </div>
  );
}
