import { Alert, Button, Card, Group, Select, Slider, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_WEIGHTS, SCORE_PARTS } from '@shared/domain/pairing';
import type { ScoreWeights } from '@shared/domain/pairing';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { uiLanguage } from './pairing-text';
import { useDebounced } from './useDebounced';

const weightsKey = ['pairing', 'weights'] as const;

/** Settings card: how much each part of the score counts, with a live preview against a round. */
export function PairingWeightsCard() {
  const { t } = useTranslation();
  const stored = useQuery({ queryKey: weightsKey, queryFn: () => api.pairing.getWeights() });
  if (stored.isError) {
    return <ErrorAlert error={stored.error} />;
  }
  if (!stored.data) {
    return null;
  }
  return <WeightsForm initial={stored.data} title={t('pairing.weights.title')} />;
}

function WeightsForm({ initial, title }: { initial: ScoreWeights; title: string }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const client = useQueryClient();
  const [weights, setWeights] = useState<ScoreWeights>(initial);
  const [roundId, setRoundId] = useState<string | null>(null);
  const rounds = useQuery({ queryKey: ['rounds', 'list'], queryFn: () => api.rounds.list() });
  const openRounds = (rounds.data ?? []).filter((r) => r.status !== 'closed');
  const previewRound = roundId ?? openRounds[0]?.id ?? null;
  const settled = useDebounced(weights, 300);
  const allZero = SCORE_PARTS.every((part) => weights[part] === 0);
  const preview = useQuery({
    queryKey: ['pairing', 'preview', previewRound, settled],
    queryFn: () => api.pairing.previewWeights({ roundId: previewRound ?? '', weights: settled }),
    enabled: previewRound !== null && !SCORE_PARTS.every((part) => settled[part] === 0),
  });
  const save = useMutation({
    mutationFn: (next: ScoreWeights) => api.pairing.setWeights(next),
    onSuccess: (next) => {
      client.setQueryData(weightsKey, next);
    },
  });
  const dirty = SCORE_PARTS.some((part) => weights[part] !== initial[part]);

  return (
    <Card withBorder padding="lg" data-testid="pairing-weights">
      <Stack gap="md">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {t('pairing.weights.intro')}
        </Text>
        {SCORE_PARTS.map((part) => (
          <Stack key={part} gap={4}>
            <Group justify="space-between">
              <Text size="sm" fw={500} id={`weight-${part}`}>
                {t(`pairing.weights.part.${part}`)}
              </Text>
              <Text size="sm" c="dimmed">
                {formatNumber(weights[part], language, 0)}
              </Text>
            </Group>
            <Slider
              min={0}
              max={100}
              step={5}
              value={weights[part]}
              label={null}
              thumbProps={{ 'aria-labelledby': `weight-${part}` }}
              onChange={(value) => {
                save.reset();
                setWeights((w) => ({ ...w, [part]: value }));
              }}
            />
            <Text size="xs" c="dimmed">
              {t(`pairing.weights.hint.${part}`)}
            </Text>
          </Stack>
        ))}
        <Select
          label={t('pairing.weights.previewRound')}
          description={t('pairing.weights.previewRoundHint')}
          placeholder={t('pairing.weights.previewNone')}
          data={openRounds.map((r) => ({ value: r.id, label: r.name }))}
          value={previewRound}
          onChange={setRoundId}
        />
        {allZero ? <Alert color="orange">{t('pairing.weights.allZero')}</Alert> : null}
        {preview.isError ? <ErrorAlert error={preview.error} /> : null}
        {preview.data && !allZero ? (
          <Alert
            color={preview.isFetching ? 'gray' : 'blue'}
            variant="light"
            role="status"
            data-testid="weights-preview"
          >
            {preview.isFetching
              ? t('pairing.weights.previewing')
              : t('pairing.weights.preview', {
                  tandems: preview.data.tandemCount,
                  current: preview.data.currentTandemCount,
                  score: formatNumber(preview.data.totalScore, language, 0),
                  currentScore: formatNumber(preview.data.currentTotalScore, language, 0),
                  changed: preview.data.changedPairs,
                })}
          </Alert>
        ) : null}
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        <Group gap="sm">
          <Button
            disabled={!dirty || allZero}
            loading={save.isPending}
            onClick={() => {
              save.mutate(weights);
            }}
          >
            {t('pairing.weights.save')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              save.reset();
              setWeights({ ...DEFAULT_WEIGHTS });
            }}
          >
            {t('pairing.weights.reset')}
          </Button>
          {save.isSuccess && !dirty ? (
            <Text size="sm" c="teal" role="status">
              {t('pairing.weights.saved')}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}
