import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AddPeerInputSchema, SYNC_DEFAULT_PORT } from '@shared/ipc/domains/sync.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import type { useSync } from './useSync';

type Values = z.input<typeof AddPeerInputSchema>;
type Parsed = z.output<typeof AddPeerInputSchema>;

/** Device ID, name, address and port of a colleague's laptop. A typo in the ID shows at the field; nothing typed is lost. */
export function AddPeerForm({ sync }: { sync: ReturnType<typeof useSync> }) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<string | null>(null);
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(AddPeerInputSchema),
    defaultValues: { deviceId: '', name: '', host: '', port: SYNC_DEFAULT_PORT },
  });
  const { errors } = form.formState;
  const err = (message: string | undefined) => (message === undefined ? undefined : t(message));
  const submit = form.handleSubmit((values) => {
    setAdded(null);
    sync.addPeer.mutate(values, {
      onSuccess: () => {
        setAdded(values.name);
        form.reset();
      },
      onError: (error) => {
        // ID problems belong next to the ID field; everything else is shown above the button.
        if (error instanceof ApiError && ['sync.device_id_invalid', 'sync.self_pairing', 'sync.already_paired'].includes(error.code)) {
          form.setError('deviceId', { message: errorMessage(error, t) }, { shouldFocus: true });
        }
      },
    });
  });
  const fieldError = sync.addPeer.error instanceof ApiError && sync.addPeer.error.code.startsWith('sync.') && form.formState.errors.deviceId !== undefined;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="sync-add-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="sync-add-title">
          {t('sync.addTitle')}
        </Title>
        {added !== null ? (
          <Alert color="teal" role="status">
            {t('sync.added', { name: added })}
          </Alert>
        ) : null}
        <TextInput
          label={t('sync.deviceId')}
          description={t('sync.deviceIdHint')}
          withAsterisk
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          autoComplete="off"
          spellCheck={false}
          placeholder="XXXXXXX-XXXXXXX-XXXXXXX-XXXXXXX-XXXXXXX-XXXXXXX-XXXXXXX-XXXXXXX"
          {...form.register('deviceId')}
          error={err(errors.deviceId?.message)}
        />
        <Group grow align="flex-start">
          <TextInput label={t('sync.name')} placeholder={t('sync.namePlaceholder')} withAsterisk {...form.register('name')} error={err(errors.name?.message)} />
          <TextInput
            label={t('sync.host')}
            description={t('sync.hostHint')}
            withAsterisk
            autoComplete="off"
            {...form.register('host')}
            error={err(errors.host?.message)}
          />
          <Controller
            control={form.control}
            name="port"
            render={({ field, fieldState }) => (
              <NumberInput
                label={t('sync.port')}
                withAsterisk
                allowDecimal={false}
                thousandSeparator=""
                min={1024}
                max={65_535}
                name={field.name}
                ref={field.ref}
                value={field.value}
                onBlur={field.onBlur}
                onChange={(value) => {
                  field.onChange(typeof value === 'number' ? value : Number.NaN);
                }}
                error={err(fieldState.error?.message)}
              />
            )}
          />
        </Group>
        {sync.addPeer.isError && !fieldError ? <ErrorAlert error={sync.addPeer.error} /> : null}
        <Group>
          <Button type="submit" leftSection={<IconPlus size={16} />} loading={sync.addPeer.isPending}>
            {t('sync.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
