import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackPhase } from '@shared/domain/rounds';
import type { RoundSummary } from '@shared/ipc/domains/rounds.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FeedbackForm } from '../sessions/FeedbackForm';
import { useFeedbackList, useTandems } from './useRoundsData';

/** Who has given start and end feedback, and the form to enter it. */
export function FeedbackTab({ round }: { round: RoundSummary }) {
  const { t } = useTranslation();
  const tandems = useTandems(round.id);
  const feedback = useFeedbackList(round.id);
  const [target, setTarget] = useState<{
    participantId: string;
    phase: FeedbackPhase;
    n: number;
  } | null>(null);
  if (tandems.isError || feedback.isError) {
    return <ErrorAlert error={tandems.error ?? feedback.error} />;
  }
  const people = [
    ...new Map(
      (tandems.data ?? [])
        .filter((x) => x.status !== 'proposed')
        .flatMap((x) => [x.mentor, x.mentee])
        .map((p) => [p.id, p]),
    ).values(),
  ].sort((a, b) => a.name.localeCompare(b.name));
  const has = (id: string, phase: FeedbackPhase) =>
    (feedback.data ?? []).some((f) => f.participantId === id && f.phase === phase);
  const readOnly = round.status === 'closed';
  if (people.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text fw={600}>{t('rounds.feedbackTab.emptyTitle')}</Text>
        <Text c="dimmed" size="sm">
          {t('rounds.feedbackTab.emptyBody')}
        </Text>
      </Paper>
    );
  }
  return (
    <Stack gap="md">
      <Table striped verticalSpacing={4} aria-label={t('rounds.tabs.feedback')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rounds.enrol.name')}</Table.Th>
            <Table.Th>{t('rounds.enrol.role')}</Table.Th>
            <Table.Th>{t('sessions.feedback.start')}</Table.Th>
            <Table.Th>{t('sessions.feedback.end')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.name}</Table.Td>
              <Table.Td>{t(`rounds.common.${p.role}`)}</Table.Td>
              {(['start', 'end'] as const).map((phase) => (
                <Table.Td key={phase}>
                  <Group gap="xs">
                    <Text size="sm">
                      {has(p.id, phase)
                        ? t('rounds.feedbackTab.received')
                        : t('rounds.feedbackTab.missing')}
                    </Text>
                    {readOnly ? null : (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => {
                          setTarget((c) => ({ participantId: p.id, phase, n: (c?.n ?? 0) + 1 }));
                        }}
                        aria-label={t('rounds.feedbackTab.enterFor', { name: p.name })}
                      >
                        {t('rounds.feedbackTab.enter')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {readOnly ? null : (
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="sm">
            {t('sessions.feedback.title')}
          </Title>
          <FeedbackForm
            key={
              target === null
                ? 'new'
                : `${target.participantId}-${target.phase}-${String(target.n)}`
            }
            target={{
              roundId: round.id,
              participantId: target?.participantId,
              phase: target?.phase,
            }}
          />
        </Paper>
      )}
    </Stack>
  );
}
