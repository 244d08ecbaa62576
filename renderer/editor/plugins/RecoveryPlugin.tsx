/**
 * Tells the app, about a second after the user's edits stop, that it is a good moment to write
 * a recovery copy. The app does the writing (it holds the document token) and decides whether
 * there is unsaved work at all (by content, see App).
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
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => cb.current.onIdle(), RECOVERY_DELAY_MS);
    });
    return () => {
      unregister();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [editor]);
  return null;
}
