import { DateInput } from '@mantine/dates';
import type { DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { dateDisplayFormat, parseTypedDate } from './date-input-format';

type DateFieldProps = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'minDate' | 'maxDate'
> & {
  /** ISO day `YYYY-MM-DD`; '' or null when empty. */
  value: string | null;
  onChange: (iso: string | null) => void;
  /** Earliest / latest selectable ISO day. */
  min?: string | undefined;
  max?: string | undefined;
};

/**
 * A date field in the UI language (28.11.2026 / 28 Nov 2026) with a calendar to pick from and
 * typed entry; exchanges plain ISO days so forms and main see the same values as before.
 */
export function DateField({ value, onChange, min, max, ...rest }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language.startsWith('de') ? 'de' : 'en';
  return (
    <DateInput
      valueFormat={dateDisplayFormat(language)}
      dateParser={(text) => parseTypedDate(text, language)}
      placeholder={t('dates.placeholder')}
      leftSection={<IconCalendar size={16} aria-hidden />}
      // Emptying the text empties the value, so a required date is reported missing, not kept.
      allowDeselect
      {...rest}
      {...(min ? { minDate: min } : {})}
      {...(max ? { maxDate: max } : {})}
      value={value === '' ? null : value}
      onChange={(next) => {
        onChange(next === null ? null : next.slice(0, 10));
      }}
    />
  );
}
