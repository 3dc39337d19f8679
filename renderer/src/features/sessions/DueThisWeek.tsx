import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FeedbackPhase } from '@shared/domain/rounds';
import type { DueRound } from '@shared/ipc/domains/rounds.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { formatPlanned, languageOf } from '../rounds/round-format';
import { ROUNDS_KEY } from '../rounds/useRoundsData';

export type DueActions = {
  onLog: (roundId: string, tandemId: string, meetingId: string) => void;
  onFeedback: (roundId: string, participantId: string, phase: FeedbackPhase) => void;
};

/** Reminders: meetings to log, meetings this week and missing feedback, over all active rounds. */
export function DueThisWeek({ actions }: { actions: DueActions }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const due = useQuery({ queryKey: [ROUNDS_KEY, 'due'], queryFn: () => api.dashboard.due() });
  if (due.isError) {
    return <ErrorAlert error={due.error} />;
  }
  const rounds = due.data ?? [];
  const pair = (r: DueRound, tandemId: string) => {
    const x = r.tandems[tandemId];
    return x === undefined
      ? '—'
      : `${r.people[x.mentorId]?.name ?? '—'} & ${r.people[x.menteeId]?.name ?? '—'}`;
  };
  const nothing = rounds.every(
    (r) => r.due.meetingsToLog.length + r.due.upcoming.length + r.due.feedbackMissing.length === 0,
  );
  return (
    <Paper withBorder p="md" aria-labelledby="due-title">
      <Title order={2} size="h4" id="due-title" mb="xs">
        {t('sessions.due.title')}
      </Title>
      {due.data !== undefined && (rounds.length === 0 || nothing) ? (
        <Text c="dimmed">
          {rounds.length === 0 ? t('sessions.due.noActiveRound') : t('sessions.due.allDone')}
        </Text>
      ) : null}
      <Stack gap="md">
        {rounds.map((r) => (
          <Stack key={r.roundId} gap={4}>
            {rounds.length > 1 ? <Text fw={600}>{r.roundName}</Text> : null}
            {r.due.meetingsToLog.length + r.due.upcoming.length > 0 ? (
              <Table verticalSpacing={2} aria-label={t('sessions.due.meetings')}>
                <Table.Tbody>
                  {[
                    ...r.due.meetingsToLog.map((m) => ({ m, late: true })),
                    ...r.due.upcoming.map((m) => ({ m, late: false })),
                  ].map(({ m, late }) => (
                    <Table.Tr key={m.meetingId}>
                      <Table.Td>
                        <Badge variant="light" color={late ? 'orange' : 'blue'}>
                          {late ? t('sessions.due.toLog') : t('sessions.due.upcoming')}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{pair(r, m.tandemId)}</Table.Td>
                      <Table.Td>
                        {t('sessions.due.meetingN', {
                          n: m.sequence,
                          date: formatPlanned(m.plannedAt, language),
                        })}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => {
                            actions.onLog(r.roundId, m.tandemId, m.meetingId);
                          }}
                        >
                          {t('sessions.due.log')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : null}
            {r.due.feedbackMissing.length > 0 ? (
              <Group gap="xs">
                <Text size="sm">
                  {t('sessions.due.feedbackMissing', { count: r.due.feedbackMissing.length })}
                </Text>
                {r.due.feedbackMissing.slice(0, 12).map((f) => (
                  <Button
                    key={`${f.participantId}-${f.phase}`}
                    size="compact-xs"
                    variant="default"
                    onClick={() => {
                      actions.onFeedback(r.roundId, f.participantId, f.phase);
                    }}
                  >
                    {`${r.people[f.participantId]?.name ?? '—'} · ${t(`sessions.feedback.${f.phase}`)}`}
                  </Button>
                ))}
              </Group>
            ) : null}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
