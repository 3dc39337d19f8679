import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  DEFAULT_CADENCE_WEEKS,
  DEFAULT_MEETINGS_PER_TANDEM,
  DEFAULT_TIME_ZONE,
} from '@shared/domain/rounds';
import { RoundCreateInputSchema } from '@shared/ipc/domains/rounds.contract';
import type { RoundSummary } from '@shared/ipc/domains/rounds.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { useRoundsMutation } from './useRoundsData';
import { DateField } from '../../components/DateField';

type Values = z.input<typeof RoundCreateInputSchema>;

/** Name, period, meetings per tandem and rhythm of a new round. Enter saves. */
export function NewRoundForm({
  onCreated,
  onCancel,
}: {
  onCreated: (round: RoundSummary) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, z.output<typeof RoundCreateInputSchema>>({
    resolver: zodResolver(RoundCreateInputSchema),
    defaultValues: {
      name: '',
      periodStart: '',
      periodEnd: '',
      plannedMeetingsPerTandem: DEFAULT_MEETINGS_PER_TANDEM,
      cadenceWeeks: DEFAULT_CADENCE_WEEKS,
      timeZone: DEFAULT_TIME_ZONE,
    },
  });
  const create = useRoundsMutation(
    (values: z.output<typeof RoundCreateInputSchema>) => api.rounds.create(values),
    onCreated,
  );
  const err = (message: string | undefined) => (message === undefined ? undefined : t(message));
  const { errors } = form.formState;
  return (
    <form
      noValidate
      onSubmit={(e) =>
        void form.handleSubmit((values) => {
          create.mutate(values);
        })(e)
      }
    >
      <Stack gap="sm">
        <TextInput
          label={t('rounds.form.name')}
          placeholder={t('rounds.form.namePlaceholder')}
          withAsterisk
          {...form.register('name')}
          error={err(errors.name?.message)}
          data-autofocus
        />
        <Group grow>
          <Controller
            control={form.control}
            name="periodStart"
            render={({ field }) => (
              <DateField
                label={t('rounds.form.periodStart')}
                withAsterisk
                value={field.value}
                onChange={(iso) => {
                  field.onChange(iso ?? '');
                }}
                onBlur={field.onBlur}
                error={err(errors.periodStart?.message)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="periodEnd"
            render={({ field }) => (
              <DateField
                label={t('rounds.form.periodEnd')}
                withAsterisk
                value={field.value}
                onChange={(iso) => {
                  field.onChange(iso ?? '');
                }}
                onBlur={field.onBlur}
                error={err(errors.periodEnd?.message)}
              />
            )}
          />
        </Group>
        <Group grow>
          <Controller
            control={form.control}
            name="plannedMeetingsPerTandem"
            render={({ field }) => (
              <NumberInput
                label={t('rounds.form.meetings')}
                description={t('rounds.form.meetingsHint')}
                min={1}
                max={24}
                allowDecimal={false}
                value={field.value}
                onChange={(v) => {
                  field.onChange(typeof v === 'number' ? v : undefined);
                }}
                onBlur={field.onBlur}
                error={err(errors.plannedMeetingsPerTandem?.message)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="cadenceWeeks"
            render={({ field }) => (
              <NumberInput
                label={t('rounds.form.cadence')}
                description={t('rounds.form.cadenceHint')}
                min={1}
                max={12}
                allowDecimal={false}
                value={field.value}
                onChange={(v) => {
                  field.onChange(typeof v === 'number' ? v : undefined);
                }}
                onBlur={field.onBlur}
                error={err(errors.cadenceWeeks?.message)}
              />
            )}
          />
        </Group>
        {create.isError ? <ErrorAlert error={create.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('rounds.common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('rounds.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
