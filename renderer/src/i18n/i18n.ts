import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/domain/preferences/preferences.schema';
import { de } from './locales/de';
import { en } from './locales/en';

export const resources = { de: { translation: de }, en: { translation: en } } as const;

/** Creates the i18next instance for a language; missing keys fall back to English. */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
