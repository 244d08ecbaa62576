import { useCallback, useRef, useState } from 'react';
import type { Notice } from '../components/Notices';

/**
 * Transient messages: at most four at a time; informational ones fade after four seconds. The
 * same message again replaces the earlier one, so saving four times shows one "Saved", not four.
 */
export function useNotices(): {
  notices: Notice[];
  notify: (kind: Notice['kind'], text: string) => void;
  dismiss: (id: number) => void;
} {
  const [notices, setNotices] = useState<Notice[]>([]);
  const counter = useRef(0);
  const dismiss = useCallback((id: number) => setNotices((n) => n.filter((x) => x.id !== id)), []);
  const notify = useCallback(
    (kind: Notice['kind'], text: string) => {
      const id = ++counter.current;
      setNotices((n) => [
        ...n.filter((x) => x.kind !== kind || x.text !== text).slice(-3),
        { id, kind, text },
      ]);
      if (kind === 'info') setTimeout(() => dismiss(id), 4000);
    },
    [dismiss],
  );
  return { notices, notify, dismiss };
}
