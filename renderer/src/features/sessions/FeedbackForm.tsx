import {
  Alert,
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackPhase } from '@shared/domain/rounds';
import type { FeedbackSaveInput } from '@shared/ipc/domains/rounds.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { useRoundsMutation, useTandems, useTopics } from '../rounds/useRoundsData';

export type FeedbackTarget = {
  roundId: string;
  participantId?: string | undefined;
  phase?: FeedbackPhase | undefined;
};

const RATINGS = ['1', '2', '3', '4', '5'];

/**
 * Start or end feedback of one participant: self-assessment per topic (mentees: digital topics,
 * mentors: management topics), satisfaction, would recommend, one change, an optional quote
 * with consent. HR enters it from paper, or the participant fills it in on HR's machine.
 */
export function FeedbackForm({ target }: { target: FeedbackTarget }) {
  const { t, i18n } = useTranslation();
  const tandems = useTandems(target.roundId);
  const topics = useTopics();
  const [participantId, setParticipantId] = useState<string | null>(target.participantId ?? null);
  const [phase, setPhase] = useState<FeedbackPhase>(target.phase ?? 'start');
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const [satisfaction, setSatisfaction] = useState<string>('');
  const [recommend, setRecommend] = useState<string>('');
  const [change, setChange] = useState('');
  const [quote, setQuote] = useState('');
  const [consent, setConsent] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const people = (tandems.data ?? [])
    .filter((x) => x.status !== 'proposed')
    .flatMap((x) => [x.mentor, x.mentee]);
  const unique = [...new Map(people.map((p) => [p.id, p])).values()].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const person = unique.find((p) => p.id === participantId);
  const kind = person?.role === 'mentor' ? 'management' : 'digital';
  const lang = i18n.language.startsWith('de') ? 'de' : 'en';
  const save = useRoundsMutation(
    (input: FeedbackSaveInput) => api.feedback.save(input),
    () => {
      setSaved(person?.name ?? '');
      setRatings({});
      setSatisfaction('');
      setRecommend('');
      setChange('');
      setQuote('');
      setConsent(false);
    },
  );
  const submit = () => {
    if (participantId === null) {
      return;
    }
    setSaved(null);
    save.mutate({
      roundId: target.roundId,
      participantId,
      phase,
      selfAssessment: ratings,
      consentToQuote: consent,
      ...(satisfaction === '' ? {} : { satisfaction: Number(satisfaction) }),
      ...(recommend === '' ? {} : { wouldRecommend: recommend === 'yes' }),
      ...(change.trim() === '' ? {} : { changePutIntoPractice: change }),
      ...(quote.trim() === '' ? {} : { quote }),
    });
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      aria-label={t('sessions.feedback.title')}
    >
      <Stack gap="sm">
        <Group grow align="flex-end">
          <Select
            label={t('sessions.feedback.person')}
            searchable
            withAsterisk
            value={participantId}
            onChange={setParticipantId}
            data={unique.map((p) => ({
              value: p.id,
              label: `${p.name} (${t(`rounds.common.${p.role}`)})`,
            }))}
            nothingFoundMessage={t('sessions.feedback.nobody')}
          />
          <SegmentedControl
            aria-label={t('sessions.feedback.phase')}
            value={phase}
            onChange={(v) => {
              setPhase(v);
            }}
            data={[
              { value: 'start', label: t('sessions.feedback.start') },
              { value: 'end', label: t('sessions.feedback.end') },
            ]}
          />
        </Group>
        {person === undefined ? null : (
          <>
            <Text size="sm" fw={600}>
              {t(
                person.role === 'mentor'
                  ? 'sessions.feedback.selfMentor'
                  : 'sessions.feedback.selfMentee',
              )}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing={6}>
              {(topics.data ?? [])
                .filter((x) => x.kind === kind)
                .map((topic) => (
                  <Group key={topic.id} justify="space-between" wrap="nowrap">
                    <Text size="sm">{topic.name[lang]}</Text>
                    <SegmentedControl
                      size="xs"
                      aria-label={topic.name[lang]}
                      value={String(ratings[topic.id] ?? '')}
                      onChange={(v) => {
                        setRatings((r) => ({ ...r, [topic.id]: Number(v) }));
                      }}
                      data={RATINGS}
                    />
                  </Group>
                ))}
            </SimpleGrid>
            <Group grow align="flex-end">
              <Select
                label={t('sessions.feedback.satisfaction')}
                description={t('sessions.feedback.scaleHint')}
                clearable
                value={satisfaction === '' ? null : satisfaction}
                onChange={(v) => {
                  setSatisfaction(v ?? '');
                }}
                data={RATINGS}
              />
              <Select
                label={t('sessions.feedback.recommend')}
                clearable
                value={recommend === '' ? null : recommend}
                onChange={(v) => {
                  setRecommend(v ?? '');
                }}
                data={[
                  { value: 'yes', label: t('sessions.feedback.yes') },
                  { value: 'no', label: t('sessions.feedback.no') },
                ]}
              />
            </Group>
            <Textarea
              label={t('sessions.feedback.change')}
              description={t('sessions.feedback.changeHint')}
              maxLength={500}
              autosize
              minRows={2}
              value={change}
              onChange={(e) => {
                setChange(e.currentTarget.value);
              }}
            />
            <Textarea
              label={t('sessions.feedback.quote')}
              maxLength={400}
              autosize
              minRows={2}
              value={quote}
              onChange={(e) => {
                setQuote(e.currentTarget.value);
              }}
            />
            <Checkbox
              label={t('sessions.feedback.consent')}
              checked={consent}
              onChange={(e) => {
                setConsent(e.currentTarget.checked);
              }}
              error={
                consent && quote.trim() === '' ? t('validation.feedback.quoteMissing') : undefined
              }
            />
          </>
        )}
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        {saved === null ? null : (
          <Alert color="teal" role="status">
            {t('sessions.feedback.saved', { name: saved })}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button
            type="submit"
            disabled={participantId === null || (consent && quote.trim() === '')}
            loading={save.isPending}
          >
            {t('sessions.feedback.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
