import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { DesktopApi } from '../shared/ipc/client';
import { App } from './App';
import { initI18n } from './i18n';

/** Renders the app on `api`, or, when no door could be opened, says why. */
export function start(door: { api: DesktopApi } | { error: Error }): void {
  // For the cold-load benchmark and its test: when the app's code has been evaluated.
  performance.mark('newsroom:start');
  const i18n = initI18n(navigator.language.toLowerCase().startsWith('id') ? 'id' : 'en');
  const root = createRoot(document.getElementById('root')!);
  if ('error' in door) {
    root.render(
      <main className="fatal" role="alert">
        <h1>Newsroom Desk</h1>
        <p>{door.error.message}</p>
      </main>,
    );
    return;
  }
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App api={door.api} />
      </I18nextProvider>
    </StrictMode>,
  );
}
