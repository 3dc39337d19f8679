import {
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundSummary } from '@shared/ipc/domains/rounds.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { ROUNDS_KEY, useRoundsMutation } from './useRoundsData';

type Show = 'all' | 'enrolled' | 'notEnrolled';

/** Enrol active participants into the round: search, tick, enrol; remove with one click. */
export function EnrolmentTab({ round }: { round: RoundSummary }) {
  const { t } = useTranslation();
  const candidates = useQuery({
    queryKey: [ROUNDS_KEY, 'candidates', round.id],
    queryFn: () => api.rounds.candidates({ roundId: round.id }),
  });
  const [search, setSearch] = useState('');
  const [show, setShow] = useState<Show>('all');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const enrol = useRoundsMutation(
    (ids: string[]) => api.rounds.enrol({ roundId: round.id, participantIds: ids }),
    () => {
      setPicked(new Set());
    },
  );
  const unenrol = useRoundsMutation((ids: string[]) =>
    api.rounds.unenrol({ roundId: round.id, participantIds: ids }),
  );
  const readOnly = round.status === 'closed';
  if (candidates.isError) {
    return <ErrorAlert error={candidates.error} />;
  }
  if (candidates.data === undefined) {
    return <Loader size="sm" aria-label={t('app.loading')} />;
  }
  if (candidates.data.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text fw={600}>{t('rounds.enrol.emptyTitle')}</Text>
        <Text c="dimmed" size="sm">
          {t('rounds.enrol.emptyBody')}
        </Text>
      </Paper>
    );
  }
  const needle = search.trim().toLowerCase();
  const rows = candidates.data.filter(
    (c) =>
      (needle === '' || `${c.name} ${c.department} ${c.email}`.toLowerCase().includes(needle)) &&
      (show === 'all' || (show === 'enrolled') === c.enrolled),
  );
  const pickable = rows.filter((c) => !c.enrolled).map((c) => c.id);
  const allPicked = pickable.length > 0 && pickable.every((id) => picked.has(id));
  const toggle = (id: string) => {
    setPicked((current) => {
      const next = new Set(current);
      if (next.has(id)) {
        next.delete(id);
      } else {
        next.add(id);
      }
      return next;
    });
  };
  const error = enrol.error ?? unenrol.error;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('rounds.enrol.hint', { count: round.counts.enrolled })}
      </Text>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <TextInput
            label={t('rounds.enrol.search')}
            placeholder={t('rounds.enrol.searchPlaceholder')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
            }}
            w={280}
          />
          <SegmentedControl
            aria-label={t('rounds.enrol.show')}
            value={show}
            onChange={(v) => {
              setShow(v);
            }}
            data={(['all', 'enrolled', 'notEnrolled'] as const).map((v) => ({
              value: v,
              label: t(`rounds.enrol.filter.${v}`),
            }))}
          />
        </Group>
        {readOnly ? null : (
          <Button
            disabled={picked.size === 0}
            loading={enrol.isPending}
            onClick={() => {
              enrol.mutate([...picked]);
            }}
          >
            {t('rounds.enrol.enrolSelected', { count: picked.size })}
          </Button>
        )}
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      <Table striped verticalSpacing={4} aria-label={t('rounds.tabs.participants')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              {readOnly ? null : (
                <Checkbox
                  aria-label={t('rounds.enrol.selectAll')}
                  checked={allPicked}
                  indeterminate={!allPicked && pickable.some((id) => picked.has(id))}
                  onChange={() => {
                    setPicked(allPicked ? new Set() : new Set([...picked, ...pickable]));
                  }}
                />
              )}
            </Table.Th>
            <Table.Th>{t('rounds.enrol.name')}</Table.Th>
            <Table.Th>{t('rounds.enrol.role')}</Table.Th>
            <Table.Th>{t('rounds.enrol.department')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                {c.enrolled || readOnly ? null : (
                  <Checkbox
                    aria-label={t('rounds.enrol.select', { name: c.name })}
                    checked={picked.has(c.id)}
                    onChange={() => {
                      toggle(c.id);
                    }}
                  />
                )}
              </Table.Td>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>{t(`rounds.common.${c.role}`)}</Table.Td>
              <Table.Td>{c.department}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end">
                  {c.enrolled ? (
                    <Badge variant="light" color="teal">
                      {t('rounds.enrol.enrolled')}
                    </Badge>
                  ) : null}
                  {c.enrolled && !readOnly ? (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="gray"
                      onClick={() => {
                        unenrol.mutate([c.id]);
                      }}
                    >
                      {t('rounds.enrol.remove')}
                    </Button>
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
