import { ActionIcon, Badge, Group, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowMerge, IconArchive, IconArchiveOff, IconCheck, IconPencil, IconX } from '@tabler/icons-react';
import { useCallback, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopicRecord } from '@shared/domain/topics';

/**
 * One topic of the catalogue. Renaming happens in place: both names become inputs,
 * Enter saves, Escape cancels, so a list of typos can be fixed without the mouse.
 */
export function TopicRow({
  topic,
  language,
  mergedIntoName,
  saving,
  onRename,
  onMerge,
  onRetire,
}: {
  topic: TopicRecord;
  language: 'de' | 'en';
  /** Set for merged topics: they are shown but no longer editable. */
  mergedIntoName?: string | undefined;
  saving: boolean;
  onRename: (name: { de: string; en: string }) => Promise<unknown>;
  onMerge: () => void;
  onRetire: (retired: boolean) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<{ de: string; en: string } | null>(null);
  const label = topic.name[language];
  // Stable callback ref: focuses the first name once when editing starts, not on every keystroke.
  const focusOnMount = useCallback((element: HTMLInputElement | null) => {
    element?.focus();
  }, []);
  const save = async () => {
    if (draft === null) {
      return;
    }
    if (draft.de.trim() === topic.name.de && draft.en.trim() === topic.name.en) {
      setDraft(null);
      return;
    }
    try {
      await onRename(draft);
      setDraft(null);
    } catch {
      // The drawer shows the translated error; the typed names stay for correcting.
    }
  };
  const keys = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      // Escape closes only the inline edit, not the whole drawer.
      event.stopPropagation();
      setDraft(null);
    }
  };
  if (draft !== null) {
    return (
      <Table.Tr>
        <Table.Td>
          <TextInput size="xs" aria-label={t('participants.topics.nameDe')} value={draft.de} onKeyDown={keys}
            onChange={(event) => { setDraft({ ...draft, de: event.currentTarget.value }); }} ref={focusOnMount} />
        </Table.Td>
        <Table.Td>
          <TextInput size="xs" aria-label={t('participants.topics.nameEn')} value={draft.en} onKeyDown={keys}
            onChange={(event) => { setDraft({ ...draft, en: event.currentTarget.value }); }} />
        </Table.Td>
        <Table.Td>
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Tooltip label={t('participants.topics.save')}>
              <ActionIcon variant="light" loading={saving} aria-label={t('participants.topics.save')} onClick={() => { void save(); }}>
                <IconCheck size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('participants.topics.cancel')}>
              <ActionIcon variant="subtle" color="gray" aria-label={t('participants.topics.cancel')} onClick={() => { setDraft(null); }}>
                <IconX size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Table.Td>
      </Table.Tr>
    );
  }
  const inactive = topic.retired || mergedIntoName !== undefined;
  return (
    <Table.Tr data-testid={`topic-${topic.id}`} style={inactive ? { color: 'var(--mantine-color-dimmed)' } : undefined}>
      <Table.Td>
        <Text size="sm" inherit>{topic.name.de}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" inherit>{topic.name.en}</Text>
      </Table.Td>
      <Table.Td>
        {mergedIntoName !== undefined ? (
          <Text size="xs" ta="right" c="dimmed">{t('participants.topics.mergedInto', { name: mergedIntoName })}</Text>
        ) : (
          <Group gap={4} justify="flex-end" wrap="nowrap">
            {topic.retired ? <Badge size="xs" variant="light" color="gray">{t('participants.topics.retired')}</Badge> : null}
            <Tooltip label={t('participants.topics.rename')}>
              <ActionIcon variant="subtle" color="gray" aria-label={t('participants.topics.renameNamed', { name: label })}
                onClick={() => { setDraft({ ...topic.name }); }}>
                <IconPencil size={16} />
              </ActionIcon>
            </Tooltip>
            {topic.retired ? null : (
              <Tooltip label={t('participants.topics.merge')}>
                <ActionIcon variant="subtle" color="gray" aria-label={t('participants.topics.mergeNamed', { name: label })} onClick={onMerge}>
                  <IconArrowMerge size={16} />
                </ActionIcon>
              </Tooltip>
            )}
            <Tooltip label={t(topic.retired ? 'participants.topics.reactivate' : 'participants.topics.retire')}>
              <ActionIcon variant="subtle" color="gray" loading={saving}
                aria-label={t(topic.retired ? 'participants.topics.reactivateNamed' : 'participants.topics.retireNamed', { name: label })}
                onClick={() => { onRetire(!topic.retired); }}>
                {topic.retired ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
