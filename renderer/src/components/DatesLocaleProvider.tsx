import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DAYJS_LOCALES } from './date-input-format';

/** Calendars and date fields in the UI language, weeks starting on Monday. */
export function DatesLocaleProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = DAYJS_LOCALES[i18n.language.startsWith('de') ? 'de' : 'en'];
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}
