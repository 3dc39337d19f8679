import { Alert, Button, Group, Loader, Modal, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundStatus } from '@shared/domain/rounds';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { FeedbackTab } from './FeedbackTab';
import { EnrolmentTab } from './EnrolmentTab';
import { MeetingsTab } from './MeetingsTab';
import { PairingTab } from './PairingTab';
import { RoundOverview } from './RoundOverview';
import { RoundStatusBadge } from './RoundStatusBadge';
import { formatDay, languageOf } from './round-format';
import { useRound, useRoundsMutation } from './useRoundsData';

const NEXT: Record<RoundStatus, 'active' | 'closed' | null> = {
  planning: 'active',
  active: 'closed',
  closed: null,
};

/** One round: header with lifecycle, then Overview, Participants, Pairing, Meetings and Feedback tabs. */
export function RoundView({ roundId, onBack }: { roundId: string; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const round = useRound(roundId);
  const [confirming, setConfirming] = useState(false);
  const [tab, setTab] = useState<string | null>('overview');
  const transition = useRoundsMutation(
    (to: 'active' | 'closed') => api.rounds.transition({ roundId, to }),
    () => {
      setConfirming(false);
    },
  );
  if (round.isError) {
    return <ErrorAlert error={round.error} />;
  }
  if (round.data === undefined) {
    return <Loader size="sm" aria-label={t('app.loading')} />;
  }
  const r = round.data;
  const next = NEXT[r.status];
  const readOnly = r.status === 'closed';
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconArrowLeft size={14} />}
            onClick={onBack}
            w="fit-content"
          >
            {t('rounds.backToList')}
          </Button>
          <Group gap="sm">
            <Title order={1} size="h2">
              {r.name}
            </Title>
            <RoundStatusBadge status={r.status} />
          </Group>
          <Text c="dimmed" size="sm">
            {t('rounds.period', {
              start: formatDay(r.periodStart, language),
              end: formatDay(r.periodEnd, language),
            })}{' '}
            ·{' '}
            {t('rounds.planSummary', { count: r.plannedMeetingsPerTandem, weeks: r.cadenceWeeks })}
          </Text>
        </Stack>
        {next === null ? null : (
          <Button
            color={next === 'closed' ? 'dark' : 'teal'}
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t(`rounds.lifecycle.${next}.action`)}
          </Button>
        )}
      </Group>
      {readOnly ? (
        <Alert
          icon={<IconLock size={18} />}
          color="gray"
          title={t('rounds.readOnly.title')}
          data-testid="round-read-only"
        >
          {t('rounds.readOnly.body')}
        </Alert>
      ) : null}
      <Modal
        opened={confirming && next !== null}
        onClose={() => {
          setConfirming(false);
        }}
        title={next === null ? '' : t(`rounds.lifecycle.${next}.title`)}
      >
        <Stack gap="md">
          <Text>{next === null ? '' : t(`rounds.lifecycle.${next}.body`)}</Text>
          {transition.isError ? <ErrorAlert error={transition.error} /> : null}
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('rounds.common.cancel')}
            </Button>
            <Button
              color={next === 'closed' ? 'dark' : 'teal'}
              loading={transition.isPending}
              onClick={() => {
                if (next !== null) {
                  transition.mutate(next);
                }
              }}
            >
              {next === null ? '' : t(`rounds.lifecycle.${next}.confirm`)}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('rounds.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="participants">{t('rounds.tabs.participants')}</Tabs.Tab>
          <Tabs.Tab value="pairing">{t('rounds.tabs.pairing')}</Tabs.Tab>
          <Tabs.Tab value="meetings">{t('rounds.tabs.meetings')}</Tabs.Tab>
          <Tabs.Tab value="feedback">{t('rounds.tabs.feedback')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <RoundOverview round={r} />
        </Tabs.Panel>
        <Tabs.Panel value="participants" pt="md">
          <EnrolmentTab round={r} />
        </Tabs.Panel>
        <Tabs.Panel value="pairing" pt="md">
          <PairingTab roundId={r.id} />
        </Tabs.Panel>
        <Tabs.Panel value="meetings" pt="md">
          <MeetingsTab round={r} />
        </Tabs.Panel>
        <Tabs.Panel value="feedback" pt="md">
          <FeedbackTab round={r} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
