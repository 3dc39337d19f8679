import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconCalendarPlus, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  MeetingView,
  PlanResult,
  RoundSummary,
  TandemView,
} from '@shared/ipc/domains/rounds.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { ExportIcsModal } from './ExportIcsModal';
import { RescheduleModal } from './RescheduleModal';
import { formatDay, formatPlanned, languageOf } from './round-format';
import { useMeetings, useRoundsMutation, useTandems } from './useRoundsData';
import { TimeField } from '../../components/TimeField';

const STATE_COLOR = { planned: 'blue', held: 'teal', cancelled: 'gray' } as const;

/** The meeting plan: generate it, see and move each tandem's meetings, export them as .ics. */
export function MeetingsTab({ round }: { round: RoundSummary }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const tandems = useTandems(round.id);
  const meetings = useMeetings(round.id);
  const [weekday, setWeekday] = useState<string | null>(null);
  const [time, setTime] = useState('10:00');
  const [planned, setPlanned] = useState<PlanResult | null>(null);
  const [moving, setMoving] = useState<MeetingView | null>(null);
  const [exporting, setExporting] = useState<{ tandem?: TandemView } | null>(null);
  const generate = useRoundsMutation(
    () =>
      api.meetings.generatePlan({
        roundId: round.id,
        preferredTime: time,
        ...(weekday === null ? {} : { preferredWeekday: Number(weekday) }),
      }),
    setPlanned,
  );
  if (tandems.isError || meetings.isError) {
    return <ErrorAlert error={tandems.error ?? meetings.error} />;
  }
  if (tandems.data === undefined || meetings.data === undefined) {
    return <Loader size="sm" aria-label={t('app.loading')} />;
  }
  const readOnly = round.status === 'closed';
  const confirmed = tandems.data.filter((x) => x.status === 'confirmed');
  const byTandem = (id: string) =>
    meetings.data.filter((m) => m.tandemId === id).sort((a, b) => a.sequence - b.sequence);
  const unplanned = confirmed.filter((x) => byTandem(x.id).length === 0).length;
  return (
    <Stack gap="md">
      {readOnly ? null : (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Text fw={600}>{t('rounds.meetings.planTitle')}</Text>
            <Text size="sm" c="dimmed">
              {t('rounds.meetings.planHint', {
                count: round.plannedMeetingsPerTandem,
                weeks: round.cadenceWeeks,
                zone: round.timeZone,
              })}
            </Text>
            <Group align="flex-end">
              <Select
                label={t('rounds.meetings.weekday')}
                placeholder={t('rounds.meetings.anyWeekday')}
                clearable
                value={weekday}
                onChange={setWeekday}
                data={[1, 2, 3, 4, 5].map((d) => ({
                  value: String(d),
                  label: t(`rounds.weekday.d${String(d)}`),
                }))}
                w={200}
              />
              <TimeField
                label={t('rounds.meetings.time')}
                value={time}
                onChange={setTime}
                w={120}
              />
              <Button
                leftSection={<IconCalendarPlus size={16} />}
                disabled={unplanned === 0}
                loading={generate.isPending}
                onClick={() => {
                  generate.mutate(undefined);
                }}
              >
                {t('rounds.meetings.generate', { count: unplanned })}
              </Button>
              <Button
                variant="default"
                leftSection={<IconDownload size={16} />}
                disabled={meetings.data.length === 0}
                onClick={() => {
                  setExporting({});
                }}
              >
                {t('rounds.meetings.exportRound')}
              </Button>
            </Group>
            {confirmed.length === 0 ? (
              <Text size="sm" c="orange">
                {t('rounds.meetings.noConfirmed')}
              </Text>
            ) : null}
          </Stack>
        </Paper>
      )}
      {generate.isError ? <ErrorAlert error={generate.error} /> : null}
      {planned === null ? null : (
        <Alert
          color="teal"
          withCloseButton
          onClose={() => {
            setPlanned(null);
          }}
        >
          {t('rounds.meetings.planned', { meetings: planned.meetings, tandems: planned.tandems })}
        </Alert>
      )}
      <RescheduleModal
        meeting={moving}
        round={round}
        onClose={() => {
          setMoving(null);
        }}
      />
      <ExportIcsModal
        request={exporting}
        round={round}
        onClose={() => {
          setExporting(null);
        }}
      />
      {meetings.data.length === 0 ? <Text c="dimmed">{t('rounds.meetings.empty')}</Text> : null}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {tandems.data
          .filter((x) => byTandem(x.id).length > 0)
          .map((tandem) => (
            <Card withBorder key={tandem.id} padding="sm" data-testid={`plan-${tandem.id}`}>
              <Group justify="space-between" mb="xs">
                <Text fw={600}>
                  {t('rounds.meetings.tandemTitle', {
                    mentor: tandem.mentor.name,
                    mentee: tandem.mentee.name,
                  })}
                </Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  leftSection={<IconDownload size={14} />}
                  onClick={() => {
                    setExporting({ tandem });
                  }}
                >
                  {t('rounds.meetings.exportTandem')}
                </Button>
              </Group>
              <Table verticalSpacing={2}>
                <Table.Tbody>
                  {byTandem(tandem.id).map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td w={32}>{m.sequence}</Table.Td>
                      <Table.Td>
                        {m.state === 'held' && m.heldOn !== undefined
                          ? formatDay(m.heldOn, language)
                          : formatPlanned(m.plannedAt, language)}
                      </Table.Td>
                      <Table.Td>
                        <Badge size="sm" variant="light" color={STATE_COLOR[m.state]}>
                          {t(`rounds.meetingState.${m.state}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td ta="right">
                        {m.state === 'planned' && !readOnly && tandem.status === 'confirmed' ? (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => {
                              setMoving(m);
                            }}
                            aria-label={t('rounds.meetings.moveLabel', { n: m.sequence })}
                          >
                            {t('rounds.meetings.move')}
                          </Button>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          ))}
      </SimpleGrid>
    </Stack>
  );
}
