import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  JUSTIFICATION_MAX_LENGTH,
  JUSTIFICATION_MIN_LENGTH,
} from '@shared/ipc/domains/pairing.contract';

/** The written justification an override needs; `showError` after a submit attempt. */
export function JustificationField({
  value,
  onChange,
  showError,
}: {
  value: string;
  onChange: (next: string) => void;
  showError: boolean;
}) {
  const { t } = useTranslation();
  const tooShort = value.trim().length < JUSTIFICATION_MIN_LENGTH;
  return (
    <Textarea
      label={t('pairing.manual.justification')}
      description={t('pairing.manual.justificationHint', { min: JUSTIFICATION_MIN_LENGTH })}
      required
      rows={3}
      maxLength={JUSTIFICATION_MAX_LENGTH}
      value={value}
      onChange={(event) => {
        onChange(event.currentTarget.value);
      }}
      error={
        showError && tooShort
          ? t('pairing.manual.justificationTooShort', { min: JUSTIFICATION_MIN_LENGTH })
          : undefined
      }
    />
  );
}

/** True when the justification is long enough (or none is needed). */
export const justificationOk = (needed: boolean, value: string): boolean =>
  !needed || value.trim().length >= JUSTIFICATION_MIN_LENGTH;
