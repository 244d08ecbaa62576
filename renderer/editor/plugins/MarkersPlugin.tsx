/**
 * Shows where the checks found problems: ranges are underlined with the CSS Custom Highlight
 * API, which paints over the text without touching the DOM Lexical owns (so no re-render, no
 * caret jumps, no extra undo steps). Findings without a range mark their block or field with a
 * data attribute the stylesheet draws as a margin bar.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import type { Diagnostic } from '../../../shared/rules/types';
import { domRangeFor } from '../locate';
import type { Snapshot } from '../snapshot';

type Sev = Diagnostic['severity'];
const SEVERITIES: Sev[] = ['error', 'warning', 'info'];
const RANK: Record<Sev, number> = { error: 0, warning: 1, info: 2 };

/** The key of the node a diagnostic is about, if it is in the editor. */
export function nodeKeyFor(snapshot: Snapshot, d: Diagnostic): string | null {
  const { blockIndex, field } = d.location;
  if (blockIndex !== null) return snapshot.blockKeys[blockIndex] ?? null;
  if (field === 'headline') return snapshot.headlineKey;
  if (field === 'byline' || field?.startsWith('byline')) return snapshot.bylineKey;
  if (field === 'dateline' || field?.startsWith('dateline')) return snapshot.datelineKey;
  return null;
}

/** The `data-field` of the input in a node view that a diagnostic's field names. */
export function viewFieldFor(field: string | undefined): string | null {
  if (!field) return null;
  if (field === 'byline' || field.startsWith('byline.authors')) return 'authors';
  if (field === 'byline.published') return 'published';
  if (field === 'dateline' || field.startsWith('dateline.'))
    return field === 'dateline' ? 'place' : field.slice(9);
  return field;
}

const highlightsSupported = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/** Whether two lists of ranges cover the same text, boundary for boundary, in order. */
export function sameRanges(a: readonly AbstractRange[], b: readonly AbstractRange[]): boolean {
  return (
    a.length === b.length &&
    a.every((r, i) => {
      const s = b[i]!;
      return (
        r.startContainer === s.startContainer &&
        r.startOffset === s.startOffset &&
        r.endContainer === s.endContainer &&
        r.endOffset === s.endOffset
      );
    })
  );
}

export function MarkersPlugin({ snapshot }: { snapshot: Snapshot | null }): null {
  const [editor] = useLexicalComposerContext();
  /**
   * The ranges last handed to CSS.highlights. Registering a new Highlight makes the browser
   * rebuild its highlight markers, and most snapshots while typing change no range (the keys
   * land in a block without findings), so an unchanged list is left in place: about 0.3 ms less
   * per snapshot in the benchmark's 20,000-word article.
   */
  const shown = useRef<Record<Sev, Range[]> | null>(null);

  useEffect(() => {
    if (!snapshot) return;
    const ranges: Record<Sev, Range[]> = { error: [], warning: [], info: [] };
    const marked = new Map<HTMLElement, Sev>();
    for (const d of snapshot.diagnostics) {
      const key = nodeKeyFor(snapshot, d);
      const el = key ? editor.getElementByKey(key) : null;
      if (!el) continue;
      const { start, end } = d.location;
      const isText = !el.hasAttribute('data-lexical-decorator');
      if (isText && start !== undefined && end !== undefined && end > start) {
        const r = domRangeFor(el, start, end);
        if (r) {
          ranges[d.severity].push(r);
          continue;
        }
      }
      const vf = isText ? null : viewFieldFor(d.location.field);
      const target =
        (vf ? el.querySelector<HTMLElement>(`[data-field="${CSS.escape(vf)}"]`) : null) ?? el;
      const prev = marked.get(target);
      if (!prev || RANK[d.severity] < RANK[prev]) marked.set(target, d.severity);
    }
    const root = editor.getRootElement();
    root?.querySelectorAll('[data-diag]').forEach((e) => {
      if (!marked.has(e as HTMLElement)) e.removeAttribute('data-diag');
    });
    for (const [el, sev] of marked) el.setAttribute('data-diag', sev);
    if (highlightsSupported()) {
      for (const sev of SEVERITIES) {
        const before = shown.current?.[sev];
        if (before && sameRanges(before, ranges[sev]) && CSS.highlights.has(`nr-${sev}`)) continue;
        CSS.highlights.set(`nr-${sev}`, new Highlight(...ranges[sev]));
      }
      shown.current = ranges;
    }
  }, [editor, snapshot]);

  useEffect(
    () => () => {
      shown.current = null;
      if (highlightsSupported()) for (const sev of SEVERITIES) CSS.highlights.delete(`nr-${sev}`);
    },
    [],
  );
  return null;
}
