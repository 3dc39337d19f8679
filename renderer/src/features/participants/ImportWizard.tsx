import { Alert, Badge, Button, Group, ScrollArea, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ColumnMapping, type ColumnTarget } from '@shared/domain/intake';
import { activeTopics, type TopicRecord } from '@shared/domain/topics';
import type { ImportDraftView } from '@shared/ipc/domains/participants.types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { participantsKey } from './useParticipants';

const encode = (target: ColumnTarget): string =>
  target.kind === 'field' ? `field:${target.field}` : target.kind === 'topic' ? `topic:${target.topicId}` : 'ignore';

const decode = (value: string): ColumnTarget => {
  const [kind, rest] = value.split(':', 2) as [string, string | undefined];
  if (kind === 'field' && rest && (IMPORT_FIELDS as readonly string[]).includes(rest)) {
    return { kind: 'field', field: rest as (typeof IMPORT_FIELDS)[number] };
  }
  return kind === 'topic' && rest ? { kind: 'topic', topicId: rest } : { kind: 'ignore' };
};

/** Map columns → check every row → choose for duplicates → write in one batch. Nothing is stored before the last step. */
export function ImportWizard({
  draft,
  catalogue,
  language,
  onClose,
}: {
  draft: ImportDraftView;
  catalogue: readonly TopicRecord[];
  language: 'de' | 'en';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [mapping, setMapping] = useState<ColumnMapping>(draft.suggestedMapping);
  const [decisions, setDecisions] = useState<Map<number, 'skip' | 'update'>>(new Map());
  const plan = useMutation({ mutationFn: () => api.import.plan({ token: draft.token, mapping }) });
  const confirm = useMutation({
    mutationFn: () => api.import.confirm({ token: draft.token, mapping, decisions: [...decisions].map(([row, action]) => ({ row, action })) }),
    onSuccess: () => client.invalidateQueries({ queryKey: participantsKey }),
  });
  const n = (value: number) => formatNumber(value, language);
  const options = [
    { value: 'ignore', label: t('intake.fields.ignore') },
    ...IMPORT_FIELDS.map((field) => ({ value: `field:${field}`, label: t(`intake.fields.${field}`) })),
    ...activeTopics(catalogue).map((topic) => ({ value: `topic:${topic.id}`, label: t('intake.fields.topicLevel', { topic: topic.name[language] }) })),
  ];

  if (confirm.data) {
    return (
      <Stack>
        <Alert color="teal" role="status" title={t('participants.import.doneTitle')}>
          {t('participants.import.done', { created: n(confirm.data.created), updated: n(confirm.data.updated), skipped: n(confirm.data.skipped) })}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('participants.actions.close')}</Button>
        </Group>
      </Stack>
    );
  }

  if (plan.data) {
    const p = plan.data;
    const toWrite = p.counts.new + p.duplicates.filter((d) => decisions.get(d.row) === 'update').length;
    return (
      <Stack gap="md">
        <Text size="sm" data-testid="import-summary">
          {t('participants.import.summary', { rows: n(p.counts.rows), valid: n(p.counts.valid), invalid: n(p.counts.invalid), duplicates: n(p.duplicates.length) })}
        </Text>
        {p.errorsTotal > 0 ? (
          <Stack gap={4}>
            <Text fw={500} size="sm">{t('participants.import.errorsTitle', { count: p.errorsTotal })}</Text>
            <Text size="xs" c="dimmed">{t('participants.import.errorsHint')}</Text>
            <ScrollArea.Autosize mah={220}>
              <Table striped withTableBorder fz="sm" data-testid="import-errors">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={70}>{t('intake.fields.row')}</Table.Th>
                    <Table.Th w={180}>{t('participants.import.column')}</Table.Th>
                    <Table.Th>{t('participants.import.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.errors.map((issue, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{issue.row}</Table.Td>
                      <Table.Td>{issue.column ?? t(`intake.fields.${issue.field}`, { defaultValue: issue.field })}</Table.Td>
                      <Table.Td>{t(issue.key, { value: '', ...issue.params })}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </Stack>
        ) : null}
        {p.duplicates.length > 0 ? (
          <Stack gap={4}>
            <Text fw={500} size="sm">{t('participants.import.duplicatesTitle', { count: p.duplicates.length })}</Text>
            <ScrollArea.Autosize mah={220}>
              <Stack gap={6} pr="xs" data-testid="import-duplicates">
                {p.duplicates.map((d) => (
                  <Group key={d.row} justify="space-between" wrap="nowrap">
                    <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
                      {t('intake.fields.row')} {d.row} · {d.name} · {t(`intake.duplicate.${d.kind}`, { email: d.email, row: d.firstRow ?? '' })}
                    </Text>
                    <SegmentedControl
                      size="xs"
                      style={{ flexShrink: 0 }}
                      aria-label={t('participants.import.duplicateChoice', { row: d.row })}
                      value={decisions.get(d.row) ?? d.proposedAction}
                      data={[
                        { value: 'skip', label: t('intake.actions.skip') },
                        { value: 'update', label: t('intake.actions.update') },
                      ]}
                      onChange={(value) => {
                        setDecisions(new Map(decisions).set(d.row, value === 'update' ? 'update' : 'skip'));
                      }}
                    />
                  </Group>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </Stack>
        ) : null}
        {confirm.isError ? <ErrorAlert error={confirm.error} /> : null}
        <Group justify="space-between">
          <Button variant="default" onClick={() => { plan.reset(); }}>
            {t('participants.import.back')}
          </Button>
          <Group>
            <Button variant="default" onClick={onClose}>{t('participants.actions.cancel')}</Button>
            <Button disabled={toWrite === 0} loading={confirm.isPending} onClick={() => { confirm.mutate(); }}>
              {t('participants.import.confirm', { count: toWrite })}
            </Button>
          </Group>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge variant="light">{draft.fileName}</Badge>
        <Text size="sm" c="dimmed">
          {t('participants.import.fileInfo', { rows: n(draft.rowCount), encoding: draft.encoding ?? 'xlsx', delimiter: draft.delimiter ?? '–' })}
        </Text>
      </Group>
      <Text size="sm">{t('participants.import.mappingHint')}</Text>
      <ScrollArea.Autosize mah={360}>
        <Table withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('participants.import.fileColumn')}</Table.Th>
              <Table.Th>{t('participants.import.target')}</Table.Th>
              <Table.Th>{t('participants.import.example')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.header.map((column, index) => {
              const example = draft.preview[0]?.candidate;
              const target = mapping[index] ?? { kind: 'ignore' };
              const sample = target.kind === 'field' && example ? example[target.field] : undefined;
              return (
                <Table.Tr key={index}>
                  <Table.Td>{column}</Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={t('participants.import.targetFor', { column })}
                      data={options}
                      searchable
                      allowDeselect={false}
                      value={encode(target)}
                      onChange={(value) => {
                        setMapping(mapping.map((m, i) => (i === index ? decode(value ?? 'ignore') : m)));
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed" truncate maw={220}>
                      {typeof sample === 'string' ? sample : ''}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {plan.isError ? <ErrorAlert error={plan.error} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>{t('participants.actions.cancel')}</Button>
        <Button loading={plan.isPending} onClick={() => { plan.mutate(); }}>
          {t('participants.import.check')}
        </Button>
      </Group>
    </Stack>
  );
}
