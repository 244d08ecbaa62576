import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';

export const UI_RESOURCES = { en: { translation: en }, id: { translation: id } } as const;

/** i18next for the UI, English and Bahasa Indonesia bundled (no network, no lazy loading). */
export function initI18n(language: 'en' | 'id' = 'en'): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: UI_RESOURCES,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    // i18next otherwise advertises its vendor in the console on every start.
    showSupportNotice: false,
  });
  return instance;
}
