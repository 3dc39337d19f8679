import { Button, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { PassphraseFields, validateNewPassphrase } from './PassphraseFields';
import type { NewPassphraseValues } from './PassphraseFields';
import { RecoveryKeySheet } from './RecoveryKeySheet';

/** First start: choose a passphrase, then see and keep the recovery key. */
export function FirstRunPage({ onReady }: { onReady: () => void }) {
  const { t } = useTranslation();
  const [score, setScore] = useState(0);
  const onScore = useCallback((next: number) => {
    setScore(next);
  }, []);
  const form = useForm<NewPassphraseValues>({ defaultValues: { passphrase: '', confirm: '' } });
  const create = useMutation({
    mutationFn: (passphrase: string) => api.vault.create({ passphrase }),
  });
  const passphrase = useWatch({ control: form.control, name: 'passphrase' });

  if (create.data) {
    return <RecoveryKeySheet recoveryKey={create.data.recoveryKey} onDone={onReady} />;
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        void form.handleSubmit((values) => {
          const errors = validateNewPassphrase(values, score);
          for (const [field, message] of Object.entries(errors)) {
            form.setError(field as keyof NewPassphraseValues, { message });
          }
          if (Object.keys(errors).length === 0) {
            create.mutate(values.passphrase);
          }
        })(event);
      }}
    >
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('vault.firstRunTitle')}
        </Title>
        <Text>{t('vault.firstRunIntro')}</Text>
        {create.isError ? <ErrorAlert error={create.error} /> : null}
        <PassphraseFields
          register={form.register}
          errors={form.formState.errors}
          value={passphrase}
          labels={{ passphrase: t('vault.passphrase'), confirm: t('vault.confirmPassphrase') }}
          onScore={onScore}
        />
        <Button type="submit" loading={create.isPending} loaderProps={{ type: 'dots' }}>
          {t('vault.create')}
        </Button>
        {create.isPending ? (
          <Text size="sm" c="dimmed" role="status">
            {t('vault.creating')}
          </Text>
        ) : null}
      </Stack>
    </form>
  );
}
