import {
  Alert,
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure } from '@shared/domain/rounds';
import type { RepairResult, RoundSummary } from '@shared/ipc/domains/rounds.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { formatPercent } from '../../lib/format';
import { TandemTable } from './TandemTable';
import type { TandemSort } from './TandemTable';
import { languageOf } from './round-format';
import { useDashboard, useRoundsMutation, useTandems } from './useRoundsData';

type Selection = { label: string; tandemIds: readonly string[] } | null;
type StatusFilter = 'all' | 'running' | 'attention' | 'proposed' | 'ended';

/** A figure that filters the tandem table to the tandems behind it. */
function Stat({
  label,
  value,
  hint,
  onSelect,
  active,
}: {
  label: string;
  value: string;
  hint?: string | undefined;
  onSelect: () => void;
  active: boolean;
}) {
  return (
    <UnstyledButton
      onClick={onSelect}
      aria-pressed={active}
      aria-label={`${label}: ${value}`}
      h="100%"
    >
      <Paper
        h="100%"
        withBorder
        p="sm"
        radius="md"
        bg={active ? 'var(--mantine-color-blue-light)' : undefined}
      >
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {label}
        </Text>
        <Text size="xl" fw={700}>
          {value}
        </Text>
        {hint === undefined ? null : (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </Paper>
    </UnstyledButton>
  );
}

/** Dashboard of a round: figures that filter the tandem table, then the table with filters and sorting. */
export function RoundOverview({ round }: { round: RoundSummary }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const dashboard = useDashboard(round.id);
  const tandems = useTandems(round.id);
  const [selection, setSelection] = useState<Selection>(null);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<TandemSort>('name');
  const [repairResult, setRepairResult] = useState<RepairResult | null>(null);
  const repair = useRoundsMutation(
    () => api.tandems.repair({ roundId: round.id }),
    setRepairResult,
  );
  const rows = useMemo(() => dashboard.data?.dashboard.tandems ?? [], [dashboard.data]);
  if (dashboard.isError) {
    return <ErrorAlert error={dashboard.error} />;
  }
  if (dashboard.data === undefined || tandems.data === undefined) {
    return <Loader size="sm" aria-label={t('app.loading')} />;
  }
  const totals = dashboard.data.dashboard.totals;
  const readOnly = round.status === 'closed';
  const pick = (label: string, figure: Figure | { tandemIds: readonly string[] }) => {
    setSelection((current) =>
      current?.label === label ? null : { label, tandemIds: figure.tandemIds },
    );
  };
  const stat = (
    key: string,
    value: string,
    figure: { tandemIds: readonly string[] },
    hint?: string,
  ) => (
    <Stat
      label={t(`rounds.overview.${key}`)}
      value={value}
      hint={hint}
      active={selection?.label === key}
      onSelect={() => {
        pick(key, figure);
      }}
    />
  );
  const rate = (v: number | null) => (v === null ? '–' : formatPercent(v, language));
  const freed = rows.some((r) => r.status === 'ended_early');
  if (rows.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text fw={600}>{t('rounds.overview.emptyTitle')}</Text>
        <Text c="dimmed" size="sm">
          {t('rounds.overview.emptyBody')}
        </Text>
      </Paper>
    );
  }
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, md: 4, lg: 7 }} spacing="sm">
        {/* A closed round has no running tandems any more: the same figure counts its tandems. */}
        {stat(readOnly ? 'completed' : 'running', String(totals.running.value), totals.running)}
        {stat(
          'held',
          `${String(totals.meetingsHeld.value)} / ${String(totals.meetingsPlanned.value)}`,
          totals.meetingsHeld,
          rate(totals.completionRate.value),
        )}
        {stat('cancelled', String(totals.meetingsCancelled.value), totals.meetingsCancelled)}
        {stat(
          'overdue',
          String(totals.overdue.value),
          totals.overdue,
          t('rounds.overview.overdueHint'),
        )}
        {stat('atRisk', String(totals.atRisk.value), totals.atRisk)}
        {stat('endedEarly', String(totals.endedEarly.value), totals.endedEarly)}
        {stat(
          'feedback',
          `${String(totals.feedbackResponseRate.numerator)} / ${String(totals.feedbackResponseRate.denominator)}`,
          totals.feedbackResponseRate,
          t('rounds.overview.feedbackHint'),
        )}
      </SimpleGrid>
      {selection === null ? null : (
        <Alert
          color="blue"
          withCloseButton
          onClose={() => {
            setSelection(null);
          }}
          closeButtonLabel={t('rounds.overview.clearFilter')}
        >
          {t('rounds.overview.filtered', {
            label: t(`rounds.overview.${selection.label}`),
            count: selection.tandemIds.length,
          })}
        </Alert>
      )}
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <TextInput
            label={t('rounds.overview.search')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
            }}
            w={180}
          />
          <SegmentedControl
            aria-label={t('rounds.overview.statusFilter')}
            value={status}
            onChange={(v) => {
              setStatus(v);
            }}
            data={(readOnly
              ? (['all', 'running', 'attention', 'ended'] as const)
              : (['all', 'running', 'attention', 'proposed', 'ended'] as const)
            ).map((v) => ({
              value: v,
              label: t(`rounds.overview.filter.${v === 'running' && readOnly ? 'completed' : v}`),
            }))}
          />
          <Select
            label={t('rounds.overview.sort')}
            value={sort}
            allowDeselect={false}
            onChange={(v) => {
              setSort(v ?? 'name');
            }}
            data={(['name', 'held', 'lastMeeting'] as const).map((v) => ({
              value: v,
              label: t(`rounds.overview.sortBy.${v}`),
            }))}
            w={180}
          />
        </Group>
        {freed && !readOnly ? (
          <Button
            variant="light"
            loading={repair.isPending}
            onClick={() => {
              repair.mutate(undefined);
            }}
          >
            {t('rounds.overview.repair')}
          </Button>
        ) : null}
      </Group>
      {repair.isError ? <ErrorAlert error={repair.error} /> : null}
      {repairResult === null ? null : (
        <Alert
          color={repairResult.created.length > 0 ? 'teal' : 'yellow'}
          withCloseButton
          onClose={() => {
            setRepairResult(null);
          }}
        >
          {repairResult.created.length > 0
            ? t('rounds.overview.repaired', { count: repairResult.created.length })
            : t('rounds.overview.repairedNone')}
          {repairResult.unpaired.map((u) => (
            <Text size="sm" key={u.participantId}>
              {t('rounds.overview.unpaired', {
                name: u.name,
                reason: t(`pairing.unpaired.reason.${u.reason}`, {
                  defaultValue: u.reason,
                  missing: '–',
                  blocked: '–',
                }),
              })}
            </Text>
          ))}
        </Alert>
      )}
      <TandemTable
        round={round}
        rows={rows}
        tandems={tandems.data}
        filter={{ ids: selection === null ? null : new Set(selection.tandemIds), status, search }}
        sort={sort}
      />
    </Stack>
  );
}
