import { Button, Drawer, Group, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TOPIC_KINDS, type TopicKind, type TopicRecord } from '@shared/domain/topics';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TopicMergeModal } from './TopicMergeModal';
import { TopicRow } from './TopicRow';
import { useTopicCatalogue } from './useTopicCatalogue';

const collator = new Intl.Collator('de', { sensitivity: 'base' });

/**
 * The topic catalogue: one tab per kind, active topics first, then retired and merged
 * ones (kept so existing records still show them). Add, rename inline, merge, retire.
 */
export function TopicCatalogueDrawer({
  opened,
  catalogue,
  language,
  onClose,
}: {
  opened: boolean;
  catalogue: readonly TopicRecord[];
  language: 'de' | 'en';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const edits = useTopicCatalogue();
  const [kind, setKind] = useState<TopicKind>('digital');
  const [name, setName] = useState({ de: '', en: '' });
  const [merging, setMerging] = useState<TopicRecord | null>(null);
  const byName = (a: TopicRecord, b: TopicRecord) => collator.compare(a.name[language], b.name[language]);
  const ofKind = catalogue.filter((topic) => topic.kind === kind);
  const active = ofKind.filter((topic) => !topic.retired && topic.mergedInto === undefined).sort(byName);
  const inactive = ofKind.filter((topic) => topic.retired || topic.mergedInto !== undefined).sort(byName);
  const nameOf = (id: string | undefined) => catalogue.find((topic) => topic.id === id)?.name[language];
  const failure = edits.add.error ?? edits.rename.error ?? edits.retire.error;
  const reset = () => {
    edits.add.reset();
    edits.rename.reset();
    edits.retire.reset();
  };
  const row = (topic: TopicRecord) => (
    <TopicRow
      key={topic.id}
      topic={topic}
      language={language}
      mergedIntoName={topic.mergedInto === undefined ? undefined : (nameOf(topic.mergedInto) ?? topic.mergedInto)}
      saving={(edits.rename.isPending && edits.rename.variables.id === topic.id) || (edits.retire.isPending && edits.retire.variables.id === topic.id)}
      onRename={(next) => {
        reset();
        return edits.rename.mutateAsync({ id: topic.id, name: next });
      }}
      onMerge={() => {
        reset();
        edits.merge.reset();
        setMerging(topic);
      }}
      onRetire={(retired) => {
        reset();
        edits.retire.mutate({ id: topic.id, retired });
      }}
    />
  );
  const header = (
    <Table.Thead>
      <Table.Tr>
        <Table.Th w="40%">{t('participants.topics.nameDe')}</Table.Th>
        <Table.Th w="40%">{t('participants.topics.nameEn')}</Table.Th>
        <Table.Th>
          <Text size="xs" c="dimmed" ta="right" fw={400}>{t('participants.topics.editHint')}</Text>
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size={720} title={<Text fw={600} size="lg">{t('participants.topics.title')}</Text>}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">{t('participants.topics.intro')}</Text>
        <SegmentedControl
          value={kind}
          onChange={(value) => { setKind(value === 'management' ? 'management' : 'digital'); }}
          data={TOPIC_KINDS.map((value) => ({ value, label: t(`participants.topics.kind.${value}`) }))}
        />
        {failure ? <ErrorAlert error={failure} /> : null}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            reset();
            edits.add.mutate({ name, kind }, { onSuccess: () => { setName({ de: '', en: '' }); } });
          }}
        >
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput size="xs" style={{ flex: 1 }} label={t('participants.topics.newDe')} required value={name.de}
              onChange={(event) => { setName({ ...name, de: event.currentTarget.value }); }} />
            <TextInput size="xs" style={{ flex: 1 }} label={t('participants.topics.newEn')} required value={name.en}
              onChange={(event) => { setName({ ...name, en: event.currentTarget.value }); }} />
            <Button size="xs" type="submit" variant="light" leftSection={<IconPlus size={14} />} loading={edits.add.isPending}
              disabled={name.de.trim() === '' || name.en.trim() === ''}>
              {t('participants.topics.add')}
            </Button>
          </Group>
        </form>
        <Table verticalSpacing={4} highlightOnHover data-testid="topics-active">
          {header}
          <Table.Tbody>
            {active.length === 0 ? (
              <Table.Tr><Table.Td colSpan={3}><Text size="sm" c="dimmed">{t('participants.topics.empty')}</Text></Table.Td></Table.Tr>
            ) : active.map(row)}
          </Table.Tbody>
        </Table>
        {inactive.length > 0 ? (
          <Stack gap={4}>
            <Text fw={500} size="sm">{t('participants.topics.retiredTitle', { count: inactive.length })}</Text>
            <Text size="xs" c="dimmed">{t('participants.topics.retiredHint')}</Text>
            <Table verticalSpacing={4} data-testid="topics-retired">
              <Table.Tbody>{inactive.map(row)}</Table.Tbody>
            </Table>
          </Stack>
        ) : null}
      </Stack>
      <TopicMergeModal
        source={merging}
        catalogue={catalogue}
        language={language}
        merging={edits.merge.isPending}
        error={edits.merge.error}
        onClose={() => { setMerging(null); }}
        onConfirm={(targetId) => {
          if (merging) {
            edits.merge.mutate({ sourceId: merging.id, targetId }, { onSuccess: () => { setMerging(null); } });
          }
        }}
      />
    </Drawer>
  );
}
