import { Alert, Button, Card, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { PassphraseFields, validateNewPassphrase } from '../vault/PassphraseFields';
import type { NewPassphraseValues } from '../vault/PassphraseFields';
import { vaultStatusKey } from '../vault/useVaultStatus';

type Values = NewPassphraseValues & { current: string };

/** Change the passphrase; forget a remembered key. */
export function SecurityCard() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const status = useQuery({ queryKey: vaultStatusKey, queryFn: () => api.vault.status() });
  const [score, setScore] = useState(0);
  const onScore = useCallback((next: number) => {
    setScore(next);
  }, []);
  const form = useForm<Values>({ defaultValues: { current: '', passphrase: '', confirm: '' } });
  const passphrase = useWatch({ control: form.control, name: 'passphrase' });
  const change = useMutation({
    mutationFn: (values: Values) =>
      api.vault.changePassphrase({ currentPassphrase: values.current, newPassphrase: values.passphrase }),
    onSuccess: () => {
      form.reset();
    },
  });
  const forget = useMutation({
    mutationFn: () => api.vault.forgetDevice(),
    onSuccess: (next) => {
      client.setQueryData(vaultStatusKey, next);
    },
  });

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('security.title')}
        </Title>
        <form
          noValidate
          onSubmit={(event) => {
            void form.handleSubmit((values) => {
              const errors = validateNewPassphrase(values, score);
              for (const [field, message] of Object.entries(errors)) {
                form.setError(field as keyof Values, { message });
              }
              if (values.current.length === 0) {
                form.setError('current', { message: 'vault.required' });
                return;
              }
              if (Object.keys(errors).length === 0) {
                change.mutate(values);
              }
            })(event);
          }}
        >
          <Stack gap="sm">
            <Text fw={500}>{t('security.changePassphrase')}</Text>
            {change.isError ? <ErrorAlert error={change.error} /> : null}
            {change.isSuccess ? (
              <Alert color="teal" role="status">
                {t('security.changed')}
              </Alert>
            ) : null}
            <PasswordInput
              label={t('security.currentPassphrase')}
              autoComplete="current-password"
              error={form.formState.errors.current?.message ? t(form.formState.errors.current.message) : undefined}
              {...form.register('current')}
            />
            <PassphraseFields
              register={form.register}
              errors={form.formState.errors}
              value={passphrase}
              labels={{ passphrase: t('vault.newPassphrase'), confirm: t('vault.confirmNewPassphrase') }}
              onScore={onScore}
            />
            <Group>
              <Button type="submit" loading={change.isPending}>
                {t('security.changePassphrase')}
              </Button>
            </Group>
          </Stack>
        </form>
        {status.data?.remembered ? (
          <Stack gap={4}>
            <Group>
              <Button
                variant="default"
                loading={forget.isPending}
                onClick={() => {
                  forget.mutate();
                }}
              >
                {t('security.forgetDevice')}
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              {t('security.forgetDeviceHint')}
            </Text>
          </Stack>
        ) : null}
        {forget.isSuccess ? <Text role="status">{t('security.forgotten')}</Text> : null}
      </Stack>
    </Card>
  );
}
