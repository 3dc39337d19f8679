import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingView, RoundSummary } from '@shared/ipc/domains/rounds.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { useRoundsMutation } from './useRoundsData';
import { DateField } from '../../components/DateField';
import { TimeField } from '../../components/TimeField';

/** Moves one planned meeting; offers to spread the tandem's later meetings again from the new date. */
export function RescheduleModal({
  meeting,
  round,
  onClose,
}: {
  meeting: MeetingView | null;
  round: RoundSummary;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={meeting !== null}
      onClose={onClose}
      title={t('rounds.reschedule.title', { n: meeting?.sequence ?? '' })}
    >
      {meeting === null ? null : (
        <RescheduleForm key={meeting.id} meeting={meeting} round={round} onClose={onClose} />
      )}
    </Modal>
  );
}

function RescheduleForm({
  meeting,
  round,
  onClose,
}: {
  meeting: MeetingView;
  round: RoundSummary;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(meeting.plannedAt.slice(0, 10));
  const [time, setTime] = useState(meeting.plannedAt.slice(11, 16));
  const [respread, setRespread] = useState(true);
  const move = useRoundsMutation(
    () => api.meetings.reschedule({ meetingId: meeting.id, date, time, respread }),
    onClose,
  );
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        move.mutate(undefined);
      }}
    >
      <Stack gap="sm">
        <Group grow>
          <DateField
            label={t('rounds.reschedule.date')}
            min={round.periodStart}
            max={round.periodEnd}
            value={date}
            onChange={(iso) => {
              if (iso !== null) {
                setDate(iso);
              }
            }}
          />
          <TimeField label={t('rounds.reschedule.time')} value={time} onChange={setTime} />
        </Group>
        <Checkbox
          label={t('rounds.reschedule.respread')}
          description={t('rounds.reschedule.respreadHint')}
          checked={respread}
          onChange={(e) => {
            setRespread(e.currentTarget.checked);
          }}
        />
        <Text size="xs" c="dimmed">
          {t('rounds.reschedule.icsHint')}
        </Text>
        {move.isError ? <ErrorAlert error={move.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('rounds.common.cancel')}
          </Button>
          <Button type="submit" loading={move.isPending}>
            {t('rounds.reschedule.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
