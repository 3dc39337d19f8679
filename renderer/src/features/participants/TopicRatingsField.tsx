import { ActionIcon, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, useWatch } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ParticipantInputValues } from '@shared/domain/participants';
import { activeTopics, type TopicRecord } from '@shared/domain/topics';

const LEVELS = ['1', '2', '3', '4', '5'];

/** Topics with a self-rated level 1–5: what a mentor offers, or what a mentee wants (baseline). */
export function TopicRatingsField({
  control,
  catalogue,
  language,
  error,
}: {
  control: Control<ParticipantInputValues>;
  catalogue: readonly TopicRecord[];
  language: 'de' | 'en';
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const { fields, append, remove, update } = useFieldArray({ control, name: 'topics' });
  const role = useWatch({ control, name: 'role' });
  const chosen = useWatch({ control, name: 'topics' });
  const options = (current: string) =>
    catalogue
      .filter((topic) => topic.id === current || (activeTopics([topic]).length > 0 && !chosen.some((c) => c.topicId === topic.id)))
      .map((topic) => ({ value: topic.id, label: topic.name[language] }));
  return (
    <Stack gap="xs">
      <div>
        <Text fw={500} size="sm">
          {t(role === 'mentor' ? 'participants.form.topicsMentor' : 'participants.form.topicsMentee')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('participants.form.topicsHint')}
        </Text>
      </div>
      {fields.map((field, index) => (
        <Group key={field.id} gap="sm" wrap="nowrap" align="center">
          <Select
            aria-label={t('participants.form.topic', { number: index + 1 })}
            data={options(chosen[index]?.topicId ?? '')}
            value={chosen[index]?.topicId ?? null}
            searchable
            allowDeselect={false}
            style={{ flex: 1 }}
            onChange={(value) => {
              if (value) {
                update(index, { topicId: value, level: chosen[index]?.level ?? 3 });
              }
            }}
          />
          <SegmentedControl
            aria-label={t('participants.form.level', { number: index + 1 })}
            size="xs"
            data={LEVELS}
            value={String(chosen[index]?.level ?? 3)}
            onChange={(value) => {
              update(index, { topicId: chosen[index]?.topicId ?? '', level: Number(value) });
            }}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('participants.form.removeTopic')}
            onClick={() => {
              remove(index);
            }}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {error ? (
        <Text size="xs" c="red" role="alert">
          {t(error)}
        </Text>
      ) : null}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          disabled={options('').length === 0}
          onClick={() => {
            const first = options('')[0];
            if (first) {
              append({ topicId: first.value, level: 3 });
            }
          }}
        >
          {t('participants.form.addTopic')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('participants.form.levelScale')}
        </Text>
      </Group>
    </Stack>
  );
}
