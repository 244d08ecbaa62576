/**
 * Re-checks the article right after the user's edit has been painted and hands the snapshot up.
 * The update listener only asks for a callback in the coming frame, so a keystroke costs
 * nothing here; the read, the incremental check and the app's re-render run QUIET_MS after the
 * frame that showed the last edit, so keys that come faster than that are checked once.
 *
 * Why so soon rather than after a longer pause: what the check changes on screen (markers, the
 * panel, the word count) takes a frame of its own, and in Chromium a key that arrives some
 * 20–45 ms after such a frame waits for the next frame boundary before it is painted (the
 * renderer bench's traces: up to 13 ms). With a 40 ms pause that frame fell just before the
 * next key of steady typing; drawn right after the key's own frame, it is long past when the
 * next key comes (steady-typing p95 key to paint 20.9 → 14.8 ms), and checks refresh in about
 * 25 ms instead of 50.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import type { Article } from '../../../shared/model/article';
import type { Profile } from '../../../shared/profiles/profile';
import { SnapshotMaker, type Snapshot } from '../snapshot';

/** How long after the frame that showed an edit the check waits for more keys. */
export const QUIET_MS = 10;

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
    let frame: number | undefined;
    const run = (): void => {
      timer = undefined;
      const snap = maker.current!.make(editor.getEditorState(), latest.current.base);
      latest.current.onSnapshot(snap);
    };
    run();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      // A hidden page draws no frames (and runs no frame callbacks) until shown again.
      if (document.hidden) {
        timer = setTimeout(run, QUIET_MS);
        return;
      }
      // The edit's own frame is coming; the wait starts once it is drawn.
      frame ??= requestAnimationFrame(() => {
        frame = undefined;
        timer = setTimeout(run, QUIET_MS);
      });
    });
    return () => {
      unregister();
      if (timer !== undefined) clearTimeout(timer);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [editor, base, profile]);

  return null;
}
