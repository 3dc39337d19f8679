import {
  Anchor,
  Button,
  Checkbox,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '@shared/domain/vault/vault.schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { PassphraseFields, validateNewPassphrase } from './PassphraseFields';
import type { NewPassphraseValues } from './PassphraseFields';

type UnlockValues = { passphrase: string; remember: boolean };

function RecoveryUnlock({
  onUnlocked,
  onBack,
}: {
  onUnlocked: (status: VaultStatus) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const [score, setScore] = useState(0);
  const onScore = useCallback((next: number) => {
    setScore(next);
  }, []);
  const [recoveryKey, setRecoveryKey] = useState('');
  const form = useForm<NewPassphraseValues>({ defaultValues: { passphrase: '', confirm: '' } });
  const newPassphrase = useWatch({ control: form.control, name: 'passphrase' });
  const unlock = useMutation({
    mutationFn: (values: { recoveryKey: string; newPassphrase: string }) =>
      api.vault.unlockWithRecoveryKey(values),
    onSuccess: onUnlocked,
  });
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
            unlock.mutate({ recoveryKey, newPassphrase: values.passphrase });
          }
        })(event);
      }}
    >
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('vault.recoveryUnlockTitle')}
        </Title>
        <Text>{t('vault.recoveryUnlockIntro')}</Text>
        {unlock.isError ? <ErrorAlert error={unlock.error} /> : null}
        <TextInput
          label={t('vault.recoveryKey')}
          description={t('vault.recoveryKeyHint')}
          value={recoveryKey}
          autoComplete="off"
          spellCheck={false}
          ff="monospace"
          data-autofocus
          onChange={(event) => {
            setRecoveryKey(event.currentTarget.value);
          }}
        />
        <PassphraseFields
          register={form.register}
          errors={form.formState.errors}
          value={newPassphrase}
          labels={{
            passphrase: t('vault.newPassphrase'),
            confirm: t('vault.confirmNewPassphrase'),
          }}
          onScore={onScore}
        />
        <Button type="submit" loading={unlock.isPending}>
          {t('vault.recoveryUnlock')}
        </Button>
        <Anchor component="button" type="button" onClick={onBack} size="sm">
          {t('vault.backToPassphrase')}
        </Anchor>
      </Stack>
    </form>
  );
}

/** The lock screen: passphrase (or a remembered key), with the recovery key as the way back. */
export function UnlockPage({
  status,
  notice,
  onUnlocked,
}: {
  status: VaultStatus;
  notice: string | null;
  onUnlocked: (status: VaultStatus) => void;
}) {
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState(false);
  const form = useForm<UnlockValues>({ defaultValues: { passphrase: '', remember: false } });
  const unlock = useMutation({
    mutationFn: (values: UnlockValues) =>
      api.vault.unlock({ passphrase: values.passphrase, remember: values.remember }),
    onSuccess: onUnlocked,
    onError: () => {
      form.setValue('passphrase', '');
      form.setFocus('passphrase');
    },
  });
  const remembered = useMutation({
    mutationFn: () => api.vault.unlockRemembered(),
    onSuccess: (s) => {
      if (s.state === 'unlocked') {
        onUnlocked(s);
      }
    },
  });
  const { mutate: tryRemembered } = remembered;
  const { setFocus } = form;
  useEffect(() => {
    if (!recovery) {
      setFocus('passphrase');
    }
  }, [recovery, setFocus]);
  useEffect(() => {
    if (status.remembered && !notice) {
      tryRemembered();
    }
  }, [status.remembered, notice, tryRemembered]);

  if (recovery) {
    return (
      <RecoveryUnlock
        onUnlocked={onUnlocked}
        onBack={() => {
          setRecovery(false);
        }}
      />
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        void form.handleSubmit((values) => {
          if (values.passphrase.length === 0) {
            form.setError('passphrase', { message: 'vault.required' });
            return;
          }
          unlock.mutate(values);
        })(event);
      }}
    >
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('vault.unlockTitle')}
        </Title>
        {notice ? (
          <Text role="status" c="dimmed">
            {notice}
          </Text>
        ) : null}
        <Text>{t('vault.unlockIntro')}</Text>
        {unlock.isError ? <ErrorAlert error={unlock.error} /> : null}
        <PasswordInput
          label={t('vault.passphrase')}
          autoComplete="current-password"
          data-autofocus
          error={
            form.formState.errors.passphrase?.message
              ? t(form.formState.errors.passphrase.message)
              : undefined
          }
          {...form.register('passphrase')}
        />
        {status.canRemember ? (
          <Checkbox label={t('vault.remember')} {...form.register('remember')} />
        ) : null}
        <Button type="submit" loading={unlock.isPending || remembered.isPending}>
          {t('vault.unlock')}
        </Button>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            setRecovery(true);
          }}
        >
          {t('vault.forgot')}
        </Anchor>
      </Stack>
    </form>
  );
}
