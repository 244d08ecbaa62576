import type { Theme } from '../shared/ipc/contract';

let media: MediaQueryList | null = null;
let listener: (() => void) | null = null;

/** Sets data-theme on <html>; "system" follows the OS and changes with it. */
export function applyTheme(theme: Theme): () => void {
  const root = document.documentElement;
  if (media && listener) media.removeEventListener('change', listener);
  media = null;
  listener = null;
  if (theme !== 'system') {
    root.dataset.theme = theme;
    return () => undefined;
  }
  media = window.matchMedia('(prefers-color-scheme: dark)');
  const set = (): void => {
    root.dataset.theme = media?.matches ? 'dark' : 'light';
  };
  listener = set;
  set();
  media.addEventListener('change', set);
  return () => media?.removeEventListener('change', set);
}
