/**
 * The message catalogue for rule findings, fix titles and the few words around them, in English
 * and Bahasa Indonesia, served by one i18next instance made here (no DOM, no React) so that every
 * door words a finding the same way. Keys are rule ids: `<rule id>.messages.<message id>`,
 * `<rule id>.fixes.<fix id>`, `<rule id>.description`.
 */
import i18next, { type i18n } from 'i18next';
import type { Locale, MessageValues } from '../rules/types';
import { en } from './en';
import { id } from './id';

export type { Locale } from '../rules/types';
export const CATALOGUES = { en, id } as const;

function createInstance(): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { rules: en.rules, ui: en.ui }, id: { rules: id.rules, ui: id.ui } },
    lng: 'en',
    fallbackLng: 'en',
    ns: ['rules', 'ui'],
    defaultNS: 'rules',
    // Messages are plain text; each door escapes for its own output (HTML, SARIF JSON, terminal).
    interpolation: { escapeValue: false },
    // Rule ids contain "/" and never ":", so only "." splits keys.
    nsSeparator: ':',
    keySeparator: '.',
    returnNull: false,
    initAsync: false,
    // The CLI's stdout is data (JSON, SARIF); nothing else may print there.
    showSupportNotice: false,
  });
  return instance;
}

let instance: i18n | undefined;
export function i18nInstance(): i18n {
  instance ??= createInstance();
  return instance;
}

/**
 * Rendered strings by locale, key and values. i18next takes tens of microseconds per message
 * with values, and the editor re-renders the same article-level findings on every keystroke;
 * the catalogue never changes at run time, so a rendered string stays right.
 */
const rendered = new Map<string, string>();

function t(locale: Locale, key: string, values?: MessageValues): string {
  const memoKey = values
    ? `${locale}\u0000${key}\u0000${JSON.stringify(values)}`
    : `${locale}\u0000${key}`;
  let text = rendered.get(memoKey);
  if (text === undefined) {
    text = i18nInstance().t(key, { ...values, lng: locale });
    if (rendered.size >= 10_000) rendered.clear();
    rendered.set(memoKey, text);
  }
  return text;
}

export function hasKey(locale: Locale, key: string): boolean {
  return i18nInstance().exists(key, { lng: locale, fallbackLng: false });
}

export function ruleMessage(
  locale: Locale,
  ruleId: string,
  messageId: string,
  values?: MessageValues,
): string {
  return t(locale, `rules:${ruleId}.messages.${messageId}`, values);
}

export function fixTitle(
  locale: Locale,
  ruleId: string,
  fixId: string,
  values?: MessageValues,
): string {
  return t(locale, `rules:${ruleId}.fixes.${fixId}`, values);
}

export function ruleDescription(locale: Locale, ruleId: string): string {
  return t(locale, `rules:${ruleId}.description`);
}

/** Words around findings: severities, summaries ("2 errors, 1 warning"). */
export function uiText(locale: Locale, key: string, values?: MessageValues): string {
  return t(locale, `ui:${key}`, values);
}

/** Both languages at once, the shape diagnostics carry. */
export function bothLocales(render: (locale: Locale) => string): Record<Locale, string> {
  return { en: render('en'), id: render('id') };
}

/** "2 errors, 1 warning, 0 notes" / "2 kesalahan, 1 peringatan, 0 catatan". */
export function countsText(
  locale: Locale,
  counts: { error: number; warning: number; info: number },
): string {
  return [
    uiText(locale, 'summary.errors', { count: counts.error }),
    uiText(locale, 'summary.warnings', { count: counts.warning }),
    uiText(locale, 'summary.infos', { count: counts.info }),
  ].join(', ');
}
