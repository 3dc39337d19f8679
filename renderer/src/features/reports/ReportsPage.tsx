import {
  Alert,
  Anchor,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportLanguage } from '@shared/ipc/domains/reports.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { usePreferences } from '../settings/usePreferences';
import { DocumentActions } from './DocumentActions';
import { DocumentPreview } from './DocumentPreview';
import { LanguagePicker } from './LanguagePicker';
import { PersonReportCard } from './PersonReportCard';
import { formatShortDate } from './documents/report-format';

/** End-of-round report and certificates: choose a round, preview, save as PDF or print. */
export function ReportsPage() {
  const { t } = useTranslation();
  const uiLanguage = usePreferences().query.data?.language ?? 'de';
  const [language, setLanguage] = useState<ReportLanguage | null>(null);
  const [kind, setKind] = useState<'round' | 'certificates'>('round');
  const [roundId, setRoundId] = useState<string | null>(null);
  const rounds = useQuery({ queryKey: ['reports', 'rounds'], queryFn: () => api.reports.rounds() });
  const branding = useQuery({
    queryKey: ['reports', 'branding'],
    queryFn: () => api.reports.branding(),
  });
  const lang = language ?? uiLanguage;
  const selected = roundId ?? rounds.data?.[0]?.id ?? null;

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1} size="h2">
          {t('reports.page.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('reports.page.intro')}
        </Text>
      </div>
      {branding.data && branding.data.organisationName === '' ? (
        <Alert color="blue" icon={<IconInfoCircle size={18} />}>
          {t('reports.page.brandingHint')}{' '}
          <Anchor href="#/settings" size="sm">
            {t('reports.page.brandingLink')}
          </Anchor>
        </Alert>
      ) : null}
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('reports.page.roundTitle')}
          </Title>
          {rounds.isError ? <ErrorAlert error={rounds.error} /> : null}
          {rounds.data && rounds.data.length === 0 ? (
            <Alert color="gray" title={t('reports.page.noRoundsTitle')}>
              {t('reports.page.noRounds')}
            </Alert>
          ) : null}
          {rounds.data && rounds.data.length > 0 ? (
            <>
              <Group align="flex-end" gap="md" wrap="wrap">
                <Select
                  label={t('reports.page.round')}
                  description={t('reports.page.roundHint')}
                  allowDeselect={false}
                  searchable
                  w={560}
                  value={selected}
                  onChange={(value) => {
                    setRoundId(value);
                  }}
                  data={rounds.data.map((r) => ({
                    value: r.id,
                    label: `${r.name} · ${formatShortDate(r.periodStart, uiLanguage)} – ${formatShortDate(r.periodEnd, uiLanguage)} · ${t('reports.page.tandemCount', { count: r.tandems })}`,
                  }))}
                />
                <SegmentedControl
                  aria-label={t('reports.page.documentLabel')}
                  value={kind}
                  onChange={(value) => {
                    setKind(value === 'certificates' ? 'certificates' : 'round');
                  }}
                  data={[
                    { value: 'round', label: t('reports.page.kindRound') },
                    { value: 'certificates', label: t('reports.page.kindCertificates') },
                  ]}
                />
                <LanguagePicker value={lang} onChange={setLanguage} />
              </Group>
              <DocumentActions
                kind={kind}
                id={selected}
                language={lang}
                pdfLabel={
                  kind === 'round'
                    ? t('reports.actions.saveReport')
                    : t('reports.actions.saveCertificates')
                }
              />
              {selected ? <DocumentPreview kind={kind} id={selected} language={lang} /> : null}
            </>
          ) : null}
        </Stack>
      </Card>
      <PersonReportCard uiLanguage={uiLanguage} />
    </Stack>
  );
}
