import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeTopics, type TopicRecord } from '@shared/domain/topics';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * Asks where a topic goes and says plainly what merging does before anything happens:
 * everyone's ratings move to the target and the source is no longer offered.
 */
export function TopicMergeModal({
  source,
  catalogue,
  language,
  merging,
  error,
  onConfirm,
  onClose,
}: {
  source: TopicRecord | null;
  catalogue: readonly TopicRecord[];
  language: 'de' | 'en';
  merging: boolean;
  error: unknown;
  onConfirm: (targetId: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [targetId, setTargetId] = useState<string | null>(null);
  const options = source
    ? activeTopics(catalogue)
        .filter((topic) => topic.kind === source.kind && topic.id !== source.id)
        .map((topic) => ({ value: topic.id, label: topic.name[language] }))
    : [];
  const target = catalogue.find((topic) => topic.id === targetId);
  const close = () => {
    setTargetId(null);
    onClose();
  };
  return (
    <Modal opened={source !== null} onClose={close} title={t('participants.topics.mergeTitle')} centered>
      {source ? (
        <Stack gap="sm">
          <Text size="sm">{t('participants.topics.mergeIntro', { source: source.name[language] })}</Text>
          <Select
            label={t('participants.topics.mergeTarget')}
            placeholder={t('participants.topics.mergePick')}
            data={options}
            value={targetId}
            onChange={setTargetId}
            searchable
            nothingFoundMessage={t('participants.topics.mergeNoTarget')}
          />
          {target ? (
            <Text size="sm" data-testid="merge-consequence">
              {t('participants.topics.mergeBody', { source: source.name[language], target: target.name[language] })}
            </Text>
          ) : null}
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('participants.actions.cancel')}
            </Button>
            <Button
              color="orange"
              disabled={target === undefined}
              loading={merging}
              onClick={() => {
                if (targetId !== null) {
                  onConfirm(targetId);
                }
              }}
            >
              {t('participants.topics.mergeConfirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
