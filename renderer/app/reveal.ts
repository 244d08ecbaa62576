import type { LexicalEditor } from 'lexical';
import type { Diagnostic } from '../../shared/rules/types';
import type { Tab } from '../components/Sidebar';
import { $selectInBlock } from '../editor/locate';
import { nodeKeyFor, viewFieldFor } from '../editor/plugins/MarkersPlugin';
import type { Snapshot } from '../editor/snapshot';

const DETAIL_FIELDS = ['language', 'slug', 'section', 'tags', 'metadata'];

/**
 * Takes the user to what a finding is about: the text range in a block or the headline
 * (selected), the field of a node view (focused), or the panel that holds it (credits,
 * details). Returns the panel to show, if any.
 */
export function revealDiagnostic(
  editor: LexicalEditor,
  snapshot: Snapshot,
  d: Diagnostic,
): Tab | null {
  const field = d.location.field ?? '';
  if (d.location.blockIndex === null && field.startsWith('credits')) return 'credits';
  const key = nodeKeyFor(snapshot, d);
  if (!key) return DETAIL_FIELDS.some((f) => field.startsWith(f)) ? 'details' : null;
  const el = editor.getElementByKey(key);
  // Instant, and after focus has settled: a smooth scroll is cut short by the focus change.
  const show = (): void =>
    void requestAnimationFrame(() => el?.scrollIntoView({ block: 'center' }));
  if (el?.hasAttribute('data-lexical-decorator')) {
    const vf = viewFieldFor(d.location.field);
    const input =
      (vf ? el.querySelector<HTMLElement>(`[data-field="${CSS.escape(vf)}"]`) : null) ??
      el.querySelector<HTMLElement>('input, textarea, button');
    input?.focus({ preventScroll: true });
    show();
    return null;
  }
  editor.update(() => {
    $selectInBlock(key, d.location.start, d.location.end);
  });
  editor.focus(show);
  return null;
}
