import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { Controller } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DAY_SLOTS, WEEKDAYS, type ParticipantInputValues } from '@shared/domain/participants';

/** Weekday × morning/afternoon checkboxes: when a person can meet. */
export function AvailabilityField({ control }: { control: Control<ParticipantInputValues> }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name="availability"
      render={({ field }) => (
        <Stack gap={4}>
          <Text fw={500} size="sm">
            {t('intake.fields.availability')}
          </Text>
          <Group gap="lg">
            {WEEKDAYS.map((day) => (
              <Stack key={day} gap={2}>
                <Text size="xs" fw={500}>
                  {t(`participant.weekday.${day}`)}
                </Text>
                {DAY_SLOTS.map((slot) => {
                  const on = field.value.some((s) => s.day === day && s.slot === slot);
                  return (
                    <Checkbox
                      key={slot}
                      size="xs"
                      label={t(`participant.slot.${slot}`)}
                      aria-label={`${t(`participant.weekday.${day}`)} ${t(`participant.slot.${slot}`)}`}
                      checked={on}
                      onChange={() => {
                        field.onChange(
                          on
                            ? field.value.filter((s) => !(s.day === day && s.slot === slot))
                            : [...field.value, { day, slot }],
                        );
                      }}
                    />
                  );
                })}
              </Stack>
            ))}
          </Group>
        </Stack>
      )}
    />
  );
}
