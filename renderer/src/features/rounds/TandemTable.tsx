import { ActionIcon, Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TandemProgress } from '@shared/domain/rounds';
import type { RoundSummary, TandemView } from '@shared/ipc/domains/rounds.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { EndTandemModal } from './EndTandemModal';
import { formatDay, languageOf } from './round-format';
import { useRoundsMutation } from './useRoundsData';

export type TandemSort = 'name' | 'held' | 'lastMeeting';
export type TandemFilter = {
  ids: ReadonlySet<string> | null;
  status: 'all' | 'running' | 'attention' | 'proposed' | 'ended';
  search: string;
};

const STATUS_COLOR = {
  proposed: 'gray',
  confirmed: 'teal',
  ended_early: 'orange',
  completed: 'blue',
} as const;

// Cells that read badly when broken over two lines (names, counts, dates).
const NOWRAP = { whiteSpace: 'nowrap' } as const;

const matchesStatus = (row: TandemProgress, status: TandemFilter['status']): boolean =>
  status === 'all' ||
  (status === 'running' && row.status === 'confirmed') ||
  (status === 'attention' && (row.overdue || row.atRisk)) ||
  (status === 'proposed' && row.status === 'proposed') ||
  (status === 'ended' && row.status === 'ended_early');

/** Tandems of a round with their progress, flags, feedback and actions (confirm, end early). */
export function TandemTable({
  round,
  rows,
  tandems,
  filter,
  sort,
}: {
  round: RoundSummary;
  rows: readonly TandemProgress[];
  tandems: readonly TandemView[];
  filter: TandemFilter;
  sort: TandemSort;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const [ending, setEnding] = useState<TandemView | null>(null);
  const confirm = useRoundsMutation((tandemId: string) => api.tandems.confirm({ tandemId }));
  const byId = new Map(tandems.map((x) => [x.id, x]));
  const needle = filter.search.trim().toLowerCase();
  const name = (row: TandemProgress) =>
    `${byId.get(row.tandemId)?.mentor.name ?? ''} ${byId.get(row.tandemId)?.mentee.name ?? ''}`;
  const shown = rows
    .filter(
      (r) =>
        (filter.ids === null || filter.ids.has(r.tandemId)) &&
        matchesStatus(r, filter.status) &&
        (needle === '' || name(r).toLowerCase().includes(needle)),
    )
    .sort((a, b) =>
      sort === 'held'
        ? a.held - b.held || name(a).localeCompare(name(b))
        : sort === 'lastMeeting'
          ? (b.daysSinceLastMeeting ?? -1) - (a.daysSinceLastMeeting ?? -1)
          : name(a).localeCompare(name(b)),
    );
  const readOnly = round.status === 'closed';
  // In a closed round a tandem that ran to the end is finished, not "running".
  const status = (row: TandemProgress) =>
    readOnly && row.status === 'confirmed' ? 'completed' : row.status;
  const tick = (done: boolean) => (done ? '✓' : '–');
  return (
    <>
      {confirm.isError ? <ErrorAlert error={confirm.error} /> : null}
      <EndTandemModal
        tandem={ending}
        onClose={() => {
          setEnding(null);
        }}
      />
      {shown.length === 0 ? <Text c="dimmed">{t('rounds.overview.noMatch')}</Text> : null}
      {shown.length > 0 ? (
        <Table striped verticalSpacing={6} aria-label={t('rounds.overview.tandems')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rounds.common.mentor')}</Table.Th>
              <Table.Th>{t('rounds.common.mentee')}</Table.Th>
              <Table.Th>{t('rounds.list.status')}</Table.Th>
              <Table.Th ta="right">{t('rounds.overview.heldColumn')}</Table.Th>
              <Table.Th>{t('rounds.overview.lastMeeting')}</Table.Th>
              <Table.Th>{t('rounds.overview.attention')}</Table.Th>
              <Table.Th>{t('rounds.overview.feedbackColumn')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => {
              const tandem = byId.get(row.tandemId);
              return (
                <Table.Tr key={row.tandemId} data-testid={`tandem-row-${row.tandemId}`}>
                  <Table.Td style={NOWRAP}>{tandem?.mentor.name}</Table.Td>
                  <Table.Td style={NOWRAP}>{tandem?.mentee.name}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLOR[status(row)]}>
                      {t(`rounds.tandemStatus.${status(row)}`)}
                    </Badge>
                    {tandem?.ending === undefined ? null : (
                      <Text size="xs" c="dimmed">
                        {t(`endReason.${tandem.ending.reason}`)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" style={NOWRAP}>
                    {t('rounds.overview.heldCell', {
                      held: row.held,
                      planned: row.planned,
                      cancelled: row.cancelled,
                    })}
                  </Table.Td>
                  <Table.Td style={NOWRAP}>
                    {row.lastHeldOn === null ? '–' : formatDay(row.lastHeldOn, language)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {row.overdue ? (
                        <Tooltip label={t('attentionHint.overdue')}>
                          <Badge color="red" variant="light">
                            {t('attention.overdue')}
                          </Badge>
                        </Tooltip>
                      ) : null}
                      {row.riskReasons.map((r) => (
                        <Tooltip key={r} label={t(`attentionHint.${r}`)}>
                          <Badge color="orange" variant="light">
                            {t(`attention.${r}`)}
                          </Badge>
                        </Tooltip>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={NOWRAP}>
                      {t('rounds.overview.feedbackCell', {
                        start: tick(row.feedback.start.mentor && row.feedback.start.mentee),
                        end: tick(row.feedback.end.mentor && row.feedback.end.mentee),
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {readOnly || tandem === undefined ? null : (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        {row.status === 'proposed' ? (
                          <Button
                            size="compact-xs"
                            variant="light"
                            loading={confirm.isPending}
                            onClick={() => {
                              confirm.mutate(row.tandemId);
                            }}
                          >
                            {t('rounds.overview.confirm')}
                          </Button>
                        ) : null}
                        {row.status !== 'ended_early' ? (
                          <Tooltip label={t('rounds.endTandem.action')}>
                            <ActionIcon
                              variant="subtle"
                              color="orange"
                              aria-label={t('rounds.endTandem.action')}
                              onClick={() => {
                                setEnding(tandem);
                              }}
                            >
                              <IconPlayerStop size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        ) : null}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      ) : null}
    </>
  );
}
