import type { Language } from '@shared/domain/preferences/preferences.schema';

const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/**
 * A calendar day `YYYY-MM-DD` in the UI language. Formatted in UTC on purpose: a plain date has
 * no zone, and reading it as local midnight would show the previous day west of Greenwich.
 */
export function formatDay(iso: string, language: Language): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}

/** A planned start (`2028-03-27T10:00:00+02:00`) as the round's local date and time. */
export function formatPlanned(plannedAt: string, language: Language): string {
  return `${formatDay(plannedAt, language)}, ${plannedAt.slice(11, 16)}`;
}

/** The UI language from an i18next language tag. */
export function languageOf(tag: string): Language {
  return tag.startsWith('de') ? 'de' : 'en';
}

/** Today's date `YYYY-MM-DD` on this computer. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
