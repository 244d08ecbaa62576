/**
 * The page's first script, kept small on purpose. It opens the door to the Node side and sends
 * the four start-up requests at once, then loads the app (React, Lexical, the rules; about 230 KB
 * gzip, preloaded by the HTML in parallel with this file). The host answers — importing the
 * command-line draft — while the browser is still evaluating that code, instead of after the app
 * has rendered its loading screen and run its start effect.
 */
import type { DesktopApi } from '../shared/ipc/client';
import { connectDesktopApi } from './api';
import { withEarlyEvents, withStartRequests } from './api/start';
import './styles/app.css';
// The review panel is on screen at start; imported here, its styles load with the page's own
// stylesheet rather than by script once the app's code has arrived.
import './review/review.css';

let door: { api: DesktopApi } | { error: Error };
try {
  door = { api: withEarlyEvents(withStartRequests(connectDesktopApi())) };
} catch (e) {
  door = { error: e instanceof Error ? e : new Error(String(e)) };
}
import('./start').then(
  ({ start }) => start(door),
  (e: unknown) => {
    // The app's code did not load (a damaged install): say so rather than show a blank window.
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = `Newsroom Desk could not start: ${e instanceof Error ? e.message : String(e)}`;
    document.getElementById('root')?.replaceChildren(p);
  },
);
