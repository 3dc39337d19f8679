import { TimePicker } from '@mantine/dates';
import type { TimePickerProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

type TimeFieldProps = Omit<TimePickerProps, 'value' | 'onChange' | 'format'> & {
  /** `HH:mm`. */
  value: string;
  onChange: (time: string) => void;
};

/** A 24-hour time field (14:30) in both languages, independent of the computer's locale. */
export function TimeField({ value, onChange, ...rest }: TimeFieldProps) {
  const { t } = useTranslation();
  return (
    <TimePicker
      format="24h"
      hoursInputLabel={t('dates.hours')}
      minutesInputLabel={t('dates.minutes')}
      // Mantine sizes the hour/minute boxes in `ch` of a fallback font; Inter's digits are wider.
      styles={{ field: { width: '1.9em' } }}
      {...rest}
      value={value}
      onChange={(next) => {
        // Only complete times reach the form; a half-typed one keeps the last good value.
        if (next !== '') {
          onChange(next.slice(0, 5));
        }
      }}
    />
  );
}
