import { PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { passphraseScore } from './passphrase-strength';

export type NewPassphraseValues = { passphrase: string; confirm: string };

const COLORS = ['red', 'red', 'yellow', 'teal', 'green'] as const;

/** A new passphrase with a live strength meter, and its confirmation. */
export function PassphraseFields({
  register,
  errors,
  value,
  labels,
  onScore,
}: {
  register: UseFormRegister<NewPassphraseValues>;
  errors: FieldErrors<NewPassphraseValues>;
  value: string;
  labels: { passphrase: string; confirm: string };
  onScore: (score: number) => void;
}) {
  const { t } = useTranslation();
  const [score, setScore] = useState(0);
  useEffect(() => {
    let live = true;
    void passphraseScore(value).then((next) => {
      if (live) {
        setScore(next);
        onScore(next);
      }
    });
    return () => {
      live = false;
    };
  }, [value, onScore]);

  return (
    <Stack gap="sm">
      <PasswordInput
        label={labels.passphrase}
        description={t('vault.passphraseHint')}
        autoComplete="new-password"
        data-autofocus
        error={errors.passphrase?.message ? t(errors.passphrase.message) : undefined}
        {...register('passphrase')}
      />
      <div>
        <Progress
          value={value.length === 0 ? 0 : (score + 1) * 20}
          color={COLORS[score]}
          size="sm"
          aria-label={t('vault.strength', { label: t(`vault.strengthLabels.s${String(score)}`) })}
        />
        <Text size="xs" c="dimmed" mt={4} data-testid="passphrase-strength">
          {value.length > 0
            ? t('vault.strength', { label: t(`vault.strengthLabels.s${String(score)}`) })
            : '\u00a0'}
        </Text>
      </div>
      <PasswordInput
        label={labels.confirm}
        autoComplete="new-password"
        error={errors.confirm?.message ? t(errors.confirm.message) : undefined}
        {...register('confirm')}
      />
    </Stack>
  );
}

/** Characters as people see them (an emoji counts once), as the vault counts them. */
function characterCount(text: string): number {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text.normalize('NFC'))].length;
}

/** Checks shared by every "choose a new passphrase" form; messages are i18n keys. */
export function validateNewPassphrase(
  values: NewPassphraseValues,
  score: number,
): Partial<Record<keyof NewPassphraseValues, string>> {
  const errors: Partial<Record<keyof NewPassphraseValues, string>> = {};
  if (characterCount(values.passphrase) < 10) {
    errors.passphrase = 'vault.tooShort';
  } else if (score < 2) {
    errors.passphrase = 'vault.tooWeak';
  }
  if (values.confirm !== values.passphrase) {
    errors.confirm = 'vault.mismatch';
  }
  return errors;
}
