/**
 * Re-checks the article shortly after the user stops typing and hands the snapshot up. The
 * update listener only restarts a timer, so a keystroke costs nothing here; the read and the
 * incremental check run once the keys pause (DEBOUNCE_MS), which keeps typing smooth in long
 * articles while markers still follow within a tenth of a second.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import type { Article } from '../../../shared/model/article';
import type { Profile } from '../../../shared/profiles/profile';
import { SnapshotMaker, type Snapshot } from '../snapshot';

export const DEBOUNCE_MS = 40;

interface Props {
  /** The article's parts the editor does not hold (credits, metadata…); a new object re-checks. */
  base: Article;
  profile: Profile;
  onSnapshot: (snapshot: Snapshot) => void;
}

export function ChecksPlugin({ base, profile, onSnapshot }: Props): null {
  const [editor] = useLexicalComposerContext();
  const maker = useRef<SnapshotMaker | null>(null);
  const latest = useRef({ base, onSnapshot });
  latest.current = { base, onSnapshot };

  if (!maker.current) maker.current = new SnapshotMaker(profile);
  maker.current.setProfile(profile);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = (): void => {
      timer = undefined;
      const snap = maker.current!.make(editor.getEditorState(), latest.current.base);
      latest.current.onSnapshot(snap);
    };
    run();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    });
    return () => {
      unregister();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [editor, base, profile]);

  return null;
}
