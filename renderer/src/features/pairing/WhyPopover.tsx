import { Button, Group, Popover, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PairScore } from '@shared/domain/pairing';
import { api } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { describePart, uiLanguage } from './pairing-text';

/** The score breakdown of one tandem, part by part, in plain words. */
export function ScoreBreakdown({ score }: { score: PairScore }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const topics = useQuery({ queryKey: ['topics'], queryFn: () => api.topics.list() });
  const catalogue = topics.data ?? [];
  const weightSum = score.parts.reduce((sum, p) => sum + p.weight, 0);
  return (
    <Stack gap="xs">
      {score.parts.map((part) => {
        const max = weightSum > 0 ? (part.weight / weightSum) * 100 : 0;
        return (
          <Stack key={part.part} gap={2}>
            <Group justify="space-between" gap="md" wrap="nowrap">
              <Text size="sm">{describePart(part, t, catalogue, language)}</Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('pairing.why.points', {
                  points: formatNumber(part.points, language, 1),
                  max: formatNumber(max, language, 0),
                })}
              </Text>
            </Group>
            <Progress value={max > 0 ? (part.points / max) * 100 : 0} size="xs" aria-hidden />
          </Stack>
        );
      })}
    </Stack>
  );
}

/** The "Why?" button of a tandem row. */
export function WhyPopover({
  score,
  mentor,
  mentee,
}: {
  score: PairScore | null;
  mentor: string;
  mentee: string;
}) {
  const { t } = useTranslation();
  return (
    <Popover width={420} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-label={t('pairing.why.label', { mentor, mentee })}
        >
          {t('pairing.why.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm">
          <Text fw={600} size="sm">
            {t('pairing.why.title')}
          </Text>
          {score ? (
            <ScoreBreakdown score={score} />
          ) : (
            <Text size="sm">{t('pairing.why.noBreakdown')}</Text>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
