/**
 * Tells the app, about a second after an edit, that it is a good moment to write a recovery
 * copy. The app does the writing (it holds the document token) and decides whether there is
 * unsaved work at all (by content, see App). The second counts from the first edit not yet
 * covered, not the last: someone typing steadily never pauses for a second, and a crash must
 * not cost them more than about one second of work (tests/e2e/crash-typing.spec.ts).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';

export const RECOVERY_DELAY_MS = 1000;
/** Updates tagged so are the app's own (loading a document) and are not the user's edits. */
export const LOAD_TAG = 'newsroom-load';

interface Props {
  onIdle: () => void;
}

/** Lexical's own bookkeeping updates (e.g. when a plugin registers a transform) carry this tag. */
const HISTORY_MERGE = 'history-merge';

export function RecoveryPlugin({ onIdle }: Props): null {
  const [editor] = useLexicalComposerContext();
  const cb = useRef({ onIdle });
  cb.current = { onIdle };
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (tags.has(LOAD_TAG) || tags.has(HISTORY_MERGE)) return;
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      // A copy is already due within the second, and it will include this edit.
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        cb.current.onIdle();
      }, RECOVERY_DELAY_MS);
    });
    return () => {
      unregister();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [editor]);
  return null;
}
