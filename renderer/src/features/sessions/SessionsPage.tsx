import { Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackPhase } from '@shared/domain/rounds';
import { useRoundList } from '../rounds/useRoundsData';
import { DueThisWeek } from './DueThisWeek';
import { FeedbackForm } from './FeedbackForm';
import { MeetingLogForm } from './MeetingLogForm';

type LogPick = { tandemId?: string; meetingId?: string; n: number };
type FeedbackPick = { participantId?: string; phase?: FeedbackPhase; n: number };

/** Sessions: what is due this week, then quick entry of a meeting and of feedback. */
export function SessionsPage() {
  const { t } = useTranslation();
  const rounds = useRoundList();
  const active = (rounds.data ?? []).filter((r) => r.status === 'active');
  const [chosen, setChosen] = useState<string | null>(null);
  const roundId = chosen ?? active[0]?.id ?? null;
  const [logPick, setLogPick] = useState<LogPick>({ n: 0 });
  const [feedbackPick, setFeedbackPick] = useState<FeedbackPick>({ n: 0 });
  const logRef = useRef<HTMLDivElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1} size="h2">
        {t('sessions.title')}
      </Title>
      <DueThisWeek
        actions={{
          onLog: (r, tandemId, meetingId) => {
            setChosen(r);
            setLogPick((p) => ({ tandemId, meetingId, n: p.n + 1 }));
            logRef.current?.scrollIntoView({ behavior: 'smooth' });
          },
          onFeedback: (r, participantId, phase) => {
            setChosen(r);
            setFeedbackPick((p) => ({ participantId, phase, n: p.n + 1 }));
            feedbackRef.current?.scrollIntoView({ behavior: 'smooth' });
          },
        }}
      />
      {rounds.data !== undefined && active.length === 0 ? (
        <Paper withBorder p="lg">
          <Text fw={600}>{t('sessions.noActive.title')}</Text>
          <Text c="dimmed" size="sm">
            {t('sessions.noActive.body')}
          </Text>
        </Paper>
      ) : null}
      {active.length > 1 ? (
        <Select
          label={t('sessions.round')}
          value={roundId}
          allowDeselect={false}
          onChange={setChosen}
          data={active.map((r) => ({ value: r.id, label: r.name }))}
          maw={360}
        />
      ) : null}
      {roundId === null ? null : (
        <>
          <Paper withBorder p="md" ref={logRef}>
            <Title order={2} size="h4" mb="xs">
              {t('sessions.log.title')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('sessions.log.intro')}
            </Text>
            <MeetingLogForm
              key={`${roundId}-${String(logPick.n)}`}
              target={{ roundId, tandemId: logPick.tandemId, meetingId: logPick.meetingId }}
            />
          </Paper>
          <Paper withBorder p="md" ref={feedbackRef}>
            <Title order={2} size="h4" mb="xs">
              {t('sessions.feedback.title')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('sessions.feedback.intro')}
            </Text>
            <FeedbackForm
              key={`${roundId}-${String(feedbackPick.n)}`}
              target={{
                roundId,
                participantId: feedbackPick.participantId,
                phase: feedbackPick.phase,
              }}
            />
          </Paper>
        </>
      )}
    </Stack>
  );
}
