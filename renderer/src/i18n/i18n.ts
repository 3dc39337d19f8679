import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/domain/preferences/preferences.schema';
import { de } from './locales/de';
import { en } from './locales/en';
import { intakeDe } from './locales/intake.de';
import { intakeEn } from './locales/intake.en';
import { pairingDe } from './locales/pairing.de';
import { pairingEn } from './locales/pairing.en';
import { participantsDe } from './locales/participants.de';
import { participantsEn } from './locales/participants.en';
import { reportsDe } from './locales/reports.de';
import { reportsEn } from './locales/reports.en';
import { roundsDe } from './locales/rounds.de';
import { roundsEn } from './locales/rounds.en';
import { sessionsDe } from './locales/sessions.de';
import { sessionsEn } from './locales/sessions.en';
import { syncDe } from './locales/sync.de';
import { syncEn } from './locales/sync.en';
import { mergeMessages } from './merge';

/** Every text of the app per language: the shell's plus each feature area's. */
export const messages = {
  de: mergeMessages(de, intakeDe, participantsDe, pairingDe, roundsDe, sessionsDe, reportsDe, syncDe),
  en: mergeMessages(en, intakeEn, participantsEn, pairingEn, roundsEn, sessionsEn, reportsEn, syncEn),
};

export const resources = { de: { translation: messages.de }, en: { translation: messages.en } } as const;

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
    showSupportNotice: false,
  });
  return instance;
}
