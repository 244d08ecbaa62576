import type { LexicalEditor } from 'lexical';
import type { Anchor } from '../../shared/review';
import { $selectInBlock } from '../editor/locate';
import type { Snapshot } from '../editor/snapshot';

/**
 * Takes the reader from a comment to its words: the range selected in its block or the
 * headline, or, for a figure or related link, the block's first field focused (the same moves
 * app/reveal.ts makes for a finding). False when the text is no longer there.
 */
export function revealAnchor(editor: LexicalEditor, snapshot: Snapshot, anchor: Anchor): boolean {
  let key: string | null = null;
  if (anchor.blockId === null) {
    key = anchor.field === 'headline' ? snapshot.headlineKey : null;
  } else {
    const i = snapshot.article.blocks.findIndex((b) => b.id === anchor.blockId);
    key = i >= 0 ? (snapshot.blockKeys[i] ?? null) : null;
  }
  if (!key) return false;
  const el = editor.getElementByKey(key);
  const show = (): void =>
    void requestAnimationFrame(() => el?.scrollIntoView({ block: 'center' }));
  if (el?.hasAttribute('data-lexical-decorator')) {
    el.querySelector<HTMLElement>('input, textarea, button')?.focus({ preventScroll: true });
    show();
    return true;
  }
  const ranged = !anchor.field && anchor.start !== undefined && anchor.end !== undefined;
  const inHeadline = anchor.field === 'headline' && anchor.start !== undefined;
  editor.update(() => {
    $selectInBlock(key, ranged || inHeadline ? anchor.start : undefined, anchor.end);
  });
  editor.focus(show);
  return true;
}
