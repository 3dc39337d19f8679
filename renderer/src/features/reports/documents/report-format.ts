import type { Suppressible } from '@shared/domain/rounds';
import { isSuppressed } from '@shared/domain/rounds';
import type { ReportLanguage, TopicNames } from '@shared/ipc/domains/reports.contract';

const LOCALES: Record<ReportLanguage, string> = { de: 'de-DE', en: 'en-GB' };

/** Printed in place of a figure over fewer than three people (or with no data at all). */
export const DASH = '–';

/** A whole number, or the dash. */
export function formatCount(value: Suppressible | null, language: ReportLanguage): string {
  if (value === null || isSuppressed(value)) {
    return DASH;
  }
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(value);
}

/** A share 0…1 as a whole percentage ("95 %"), or the dash. */
export function formatShare(value: Suppressible | null, language: ReportLanguage): string {
  if (value === null || isSuppressed(value)) {
    return DASH;
  }
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(value);
}

/** An average with one decimal ("4,5"), or the dash. */
export function formatMean(
  value: Suppressible | null,
  language: ReportLanguage,
  signed = false,
): string {
  if (value === null || isSuppressed(value)) {
    return DASH;
  }
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(value);
}

/** `YYYY-MM-DD` as "10. Januar 2028" / "10 January 2028" (calendar day, no time zone shift). */
export function formatLongDate(isoDate: string, language: ReportLanguage): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) {
    return isoDate;
  }
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/** `YYYY-MM-DD` as "10.01.2028" / "10 Jan 2028". */
export function formatShortDate(isoDate: string, language: ReportLanguage): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) {
    return isoDate;
  }
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}

/** `YYYY-MM` as "Jan. 28" / "Jan 28" for chart axes. */
export function formatMonth(month: string, language: ReportLanguage): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  if (Number.isNaN(date.getTime())) {
    return month;
  }
  return new Intl.DateTimeFormat(LOCALES[language], {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  }).format(date);
}

/** "10. Januar 2028 – 30. Juni 2028". */
export function formatPeriod(start: string, end: string, language: ReportLanguage): string {
  return `${formatLongDate(start, language)} – ${formatLongDate(end, language)}`;
}

/** The topic's name in the report language, or its id when the catalogue does not know it. */
export function topicLabel(names: TopicNames, id: string, language: ReportLanguage): string {
  return names[id]?.[language] ?? id;
}

/** True when any of the values is suppressed, so the page prints the explanation. */
export function anySuppressed(values: Iterable<Suppressible>): boolean {
  for (const value of values) {
    if (isSuppressed(value)) {
      return true;
    }
  }
  return false;
}
