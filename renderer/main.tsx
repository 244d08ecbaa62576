import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { connectDesktopApi } from './api';
import { initI18n } from './i18n';
import './styles/app.css';

const i18n = initI18n(navigator.language.toLowerCase().startsWith('id') ? 'id' : 'en');
const root = createRoot(document.getElementById('root')!);

try {
  const api = connectDesktopApi();
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App api={api} />
      </I18nextProvider>
    </StrictMode>,
  );
} catch (e) {
  root.render(
    <main className="fatal" role="alert">
      <h1>Newsroom Desk</h1>
      <p>{(e as Error).message}</p>
    </main>,
  );
}
