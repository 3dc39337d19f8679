import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SUMMARY_MAX_LENGTH } from '@shared/domain/rounds';
import type { MeetingFormat } from '@shared/domain/rounds';
import type { MeetingLogInput, MeetingView } from '@shared/ipc/domains/rounds.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { formatPlanned, languageOf, todayIso } from '../rounds/round-format';
import { useMeetings, useRoundsMutation, useTandems, useTopics } from '../rounds/useRoundsData';
import { DateField } from '../../components/DateField';

export type LogTarget = {
  roundId: string;
  tandemId?: string | undefined;
  meetingId?: string | undefined;
};

const firstOpen = (meetings: readonly MeetingView[]): MeetingView | undefined =>
  meetings.find((m) => m.state === 'planned') ?? meetings[0];

/**
 * HR's quick entry after a phone call: tandem, meeting, held or cancelled, date, duration,
 * format, topics both ways, a short factual summary and optional ratings. One form; Enter
 * saves (Ctrl+Enter inside the summary); sensible defaults so most calls need three fields.
 */
export function MeetingLogForm({ target }: { target: LogTarget }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const tandems = useTandems(target.roundId);
  const meetings = useMeetings(target.roundId);
  const topics = useTopics();
  const [tandemId, setTandemId] = useState<string | null>(target.tandemId ?? null);
  const [meetingId, setMeetingId] = useState<string | null>(target.meetingId ?? null);
  const [state, setState] = useState<'held' | 'cancelled'>('held');
  const [heldOn, setHeldOn] = useState(todayIso());
  const [duration, setDuration] = useState<number | string>(60);
  const [format, setFormat] = useState<MeetingFormat>('in_person');
  const [toMentee, setToMentee] = useState<string[]>([]);
  const [toMentor, setToMentor] = useState<string[]>([]);
  const [summary, setSummary] = useState('');
  const [cancelReason, setCancelReason] = useState('');
  const [mentorRating, setMentorRating] = useState<string | null>(null);
  const [menteeRating, setMenteeRating] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const running = (tandems.data ?? []).filter((x) => x.status === 'confirmed');
  const tandem = running.find((x) => x.id === tandemId);
  const ofTandem = (meetings.data ?? [])
    .filter((m) => m.tandemId === tandemId)
    .sort((a, b) => a.sequence - b.sequence);
  const meeting =
    ofTandem.find((m) => m.id === meetingId) ??
    (meetingId === null ? firstOpen(ofTandem) : undefined);
  const lang = language;
  const topicData = (kind: 'digital' | 'management') =>
    (topics.data ?? [])
      .filter((x) => x.kind === kind)
      .map((x) => ({ value: x.id, label: x.name[lang] }));
  const log = useRoundsMutation(
    (input: MeetingLogInput) => api.meetings.log(input),
    () => {
      setSaved(
        t('sessions.log.saved', {
          n: meeting?.sequence ?? '',
          mentor: tandem?.mentor.name ?? '',
          mentee: tandem?.mentee.name ?? '',
        }),
      );
      setMeetingId(null);
      setSummary('');
      setToMentee([]);
      setToMentor([]);
      setCancelReason('');
      setState('held');
      setMentorRating(null);
      setMenteeRating(null);
    },
  );
  const submit = () => {
    if (meeting === undefined) {
      return;
    }
    setSaved(null);
    const ratings = {
      ...(mentorRating === null ? {} : { mentor: Number(mentorRating) }),
      ...(menteeRating === null ? {} : { mentee: Number(menteeRating) }),
    };
    log.mutate(
      state === 'held'
        ? {
            meetingId: meeting.id,
            state,
            heldOn,
            durationMinutes: typeof duration === 'number' ? duration : Number(duration),
            format,
            topicsCovered: { toMentee, toMentor },
            summary,
            ratings,
          }
        : { meetingId: meeting.id, state, cancelReason, summary },
    );
  };
  const ctrlEnter = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      submit();
    }
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      aria-label={t('sessions.log.title')}
    >
      <Stack gap="sm">
        <Group grow align="flex-end">
          <Select
            label={t('sessions.log.tandem')}
            searchable
            withAsterisk
            value={tandemId}
            onChange={(v) => {
              setTandemId(v);
              setMeetingId(null);
            }}
            data={running.map((x) => ({
              value: x.id,
              label: `${x.mentor.name} & ${x.mentee.name}`,
            }))}
            nothingFoundMessage={t('sessions.log.noTandems')}
          />
          <Select
            label={t('sessions.log.meeting')}
            withAsterisk
            value={meeting?.id ?? null}
            onChange={setMeetingId}
            disabled={tandem === undefined}
            data={ofTandem.map((m) => ({
              value: m.id,
              label: t('sessions.log.meetingOption', {
                n: m.sequence,
                date: formatPlanned(m.plannedAt, language),
                state: t(`rounds.meetingState.${m.state}`),
              }),
            }))}
          />
        </Group>
        <SegmentedControl
          aria-label={t('sessions.log.outcome')}
          value={state}
          onChange={(v) => {
            setState(v);
          }}
          data={[
            { value: 'held', label: t('sessions.log.held') },
            { value: 'cancelled', label: t('sessions.log.cancelled') },
          ]}
        />
        {state === 'held' ? (
          <>
            <Group grow align="flex-end">
              <DateField
                label={t('sessions.log.heldOn')}
                withAsterisk
                value={heldOn}
                onChange={(iso) => {
                  setHeldOn(iso ?? '');
                }}
              />
              <NumberInput
                label={t('sessions.log.duration')}
                suffix={` ${t('sessions.log.minutes')}`}
                min={5}
                max={480}
                step={15}
                allowDecimal={false}
                value={duration}
                onChange={setDuration}
              />
              <SegmentedControl
                aria-label={t('sessions.log.format')}
                value={format}
                onChange={(v) => {
                  setFormat(v);
                }}
                data={[
                  { value: 'in_person', label: t('sessions.log.inPerson') },
                  { value: 'remote', label: t('sessions.log.remote') },
                ]}
              />
            </Group>
            <Group grow align="flex-start">
              <MultiSelect
                label={t('sessions.log.toMentee')}
                searchable
                value={toMentee}
                onChange={setToMentee}
                data={topicData('digital')}
              />
              <MultiSelect
                label={t('sessions.log.toMentor')}
                searchable
                value={toMentor}
                onChange={setToMentor}
                data={topicData('management')}
              />
            </Group>
          </>
        ) : (
          <TextInput
            label={t('sessions.log.cancelReason')}
            description={t('sessions.log.cancelReasonHint')}
            withAsterisk
            maxLength={200}
            value={cancelReason}
            onChange={(e) => {
              setCancelReason(e.currentTarget.value);
            }}
          />
        )}
        <Textarea
          label={t('sessions.log.summary')}
          description={t('sessions.log.summaryHint', {
            count: SUMMARY_MAX_LENGTH - summary.length,
          })}
          maxLength={SUMMARY_MAX_LENGTH}
          autosize
          minRows={2}
          value={summary}
          onChange={(e) => {
            setSummary(e.currentTarget.value);
          }}
          onKeyDown={ctrlEnter}
        />
        {state === 'held' ? (
          <Group grow>
            <Select
              label={t('sessions.log.mentorRating')}
              clearable
              value={mentorRating}
              onChange={setMentorRating}
              data={['1', '2', '3', '4', '5']}
            />
            <Select
              label={t('sessions.log.menteeRating')}
              clearable
              value={menteeRating}
              onChange={setMenteeRating}
              data={['1', '2', '3', '4', '5']}
            />
          </Group>
        ) : null}
        {log.isError ? <ErrorAlert error={log.error} /> : null}
        {saved === null ? null : (
          <Alert color="teal" role="status">
            {saved}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button
            type="submit"
            disabled={
              meeting === undefined || (state === 'cancelled' && cancelReason.trim() === '')
            }
            loading={log.isPending}
          >
            {t('sessions.log.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
