import { useEffect, useRef } from 'react';
import type { Command } from './components/Toolbar';

/** Ctrl/Cmd shortcuts for the File commands, the same as Electron's menu accelerators. */
export function commandForKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): Command | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  if (k === 's') return e.shiftKey ? 'saveAs' : 'save';
  if (k === 'o') return e.shiftKey ? 'import' : 'open';
  if (k === 'n' && !e.shiftKey) return 'new';
  if (k === 'e' && !e.shiftKey) return 'export';
  return null;
}

export function useShortcuts(run: (c: Command) => void): void {
  const ref = useRef(run);
  ref.current = run;
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const c = commandForKey(e);
      if (!c) return;
      e.preventDefault();
      ref.current(c);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
