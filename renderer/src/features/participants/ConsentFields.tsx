import { Checkbox, Group, Text } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import type { Control, FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONSENT_KINDS, type ParticipantInputValues } from '@shared/domain/participants';
import { FormSection } from './FormSection';
import { DateField } from '../../components/DateField';

/** The three consents, each a checkbox with the date it was given. */
export function ConsentFields({
  control,
  errors,
  today,
}: {
  control: Control<ParticipantInputValues>;
  errors: FieldErrors<ParticipantInputValues>;
  today: string;
}) {
  const { t } = useTranslation();
  const consents = useWatch({ control, name: 'consents' });
  return (
    <FormSection title={t('participants.form.consents')}>
      <Text size="xs" c="dimmed" mt={-4}>
        {t('participants.form.consentsHint')}
      </Text>
      {CONSENT_KINDS.map((kind) => (
        <Group key={kind} gap="sm" align="flex-start" wrap="nowrap">
          <Controller
            control={control}
            name={`consents.${kind}`}
            render={({ field }) => (
              <Checkbox
                mt={6}
                w={340}
                label={t(`participant.consent.${kind}`)}
                checked={field.value.given}
                onChange={(event) => {
                  const given = event.currentTarget.checked;
                  // Ticking a consent proposes today's date; HR can correct it.
                  field.onChange({ given, date: given ? (field.value.date ?? today) : null });
                }}
              />
            )}
          />
          <Controller
            control={control}
            name={`consents.${kind}.date`}
            render={({ field }) => (
              <DateField
                size="xs"
                w={150}
                leftSection={
                  <Text size="xs" c="dimmed">
                    {t('participants.form.consentOn')}
                  </Text>
                }
                leftSectionWidth={36}
                aria-label={t('participants.form.consentDate', {
                  consent: t(`participant.consent.${kind}`),
                })}
                disabled={!consents[kind].given}
                value={field.value ?? null}
                error={
                  errors.consents?.[kind]?.date?.message
                    ? t(errors.consents[kind].date.message)
                    : undefined
                }
                onChange={(iso) => {
                  field.onChange(iso);
                }}
              />
            )}
          />
        </Group>
      ))}
    </FormSection>
  );
}
