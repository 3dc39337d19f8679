import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/de';
import 'dayjs/locale/en-gb';

dayjs.extend(customParseFormat);

/** The two UI languages as dayjs locales (British English: day before month, Monday first). */
export const DAYJS_LOCALES = { de: 'de', en: 'en-gb' } as const;

/** How a date reads in the input: 28.11.2026 / 28 Nov 2026. */
export function dateDisplayFormat(language: 'de' | 'en'): string {
  return language === 'de' ? 'DD.MM.YYYY' : 'D MMM YYYY';
}

// Formats people type, strictly parsed so "28.11.2" (still typing) is not taken as year 2.
const TYPED_FORMATS = [
  'D.M.YYYY',
  'DD.MM.YYYY',
  'D.M.YY',
  'YYYY-MM-DD',
  'D/M/YYYY',
  'DD/MM/YYYY',
  'D MMM YYYY',
  'D MMMM YYYY',
  'D. MMM YYYY',
  'D. MMMM YYYY',
];

/**
 * Reads what someone typed into a date field as an ISO day `YYYY-MM-DD`, or null while it is
 * not (yet) a complete, real date. Month names are read in the UI language and in English.
 */
export function parseTypedDate(text: string, language: 'de' | 'en'): string | null {
  const value = text.trim();
  if (value === '') {
    return null;
  }
  for (const locale of [DAYJS_LOCALES[language], 'en']) {
    const parsed = dayjs(value, TYPED_FORMATS, locale, true);
    if (parsed.isValid() && parsed.year() >= 1900) {
      return parsed.format('YYYY-MM-DD');
    }
  }
  return null;
}
