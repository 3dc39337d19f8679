import type { Language } from '@shared/domain/preferences/preferences.schema';

const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** Formats a date for the UI language: 28.11.2026 / 28 Nov 2026. */
export function formatDate(value: Date | string, language: Language): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' }).format(date);
}

/** Formats a number for the UI language: 1.234,5 / 1,234.5. */
export function formatNumber(value: number, language: Language, digits = 0): string {
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** Formats a share (0..1) as a percentage. */
export function formatPercent(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(value);
}
