import { Card, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@shared/domain/preferences/preferences.schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { formatDate, formatNumber } from '../../lib/format';
import { DataRetentionCard } from '../participants/DataRetentionCard';
import { PairingWeightsCard } from '../pairing/PairingWeightsCard';
import { ReportSettingsCard } from '../reports/ReportSettingsCard';
import { SyncSettingsCard } from '../sync/SyncSettingsCard';
import { BackupCard } from './BackupCard';
import { SecurityCard } from './SecurityCard';
import { usePreferences } from './usePreferences';

const EXAMPLE_DATE = new Date(2026, 10, 28);

/** Device settings: language and auto-lock, plus what version runs where. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { query, update } = usePreferences();
  const info = useQuery({ queryKey: ['app', 'info'], queryFn: () => api.app.info() });
  const preferences = query.data;
  if (!preferences) {
    return null;
  }
  return (
    <Stack gap="lg" maw={720}>
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      {update.isError ? <ErrorAlert error={update.error} /> : null}
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('settings.general')}
          </Title>
          <Select
            label={t('language.label')}
            description={t('settings.languageHint')}
            allowDeselect={false}
            value={preferences.language}
            data={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
            onChange={(value) => {
              if (value) {
                update.mutate({ language: value });
              }
            }}
          />
          <Text size="sm" c="dimmed" data-testid="format-preview">
            {t('settings.formatPreview', {
              date: formatDate(EXAMPLE_DATE, preferences.language),
              number: formatNumber(1234.5, preferences.language, 2),
            })}
          </Text>
          <NumberInput
            label={t('settings.autoLock')}
            description={t('settings.autoLockHint')}
            suffix={` ${t('settings.minutes')}`}
            min={0}
            max={240}
            clampBehavior="strict"
            allowDecimal={false}
            value={preferences.autoLockMinutes}
            onChange={(value) => {
              if (typeof value === 'number' && Number.isInteger(value)) {
                update.mutate({ autoLockMinutes: value });
              }
            }}
          />
        </Stack>
      </Card>
      <ReportSettingsCard />
      <PairingWeightsCard />
      <DataRetentionCard />
      <SecurityCard />
      <BackupCard language={preferences.language} />
      <SyncSettingsCard />
      <Card withBorder padding="lg">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('settings.about')}
          </Title>
          {info.isError ? <ErrorAlert error={info.error} /> : null}
          <Group gap="xs">
            <Text fw={500}>{t('settings.version')}:</Text>
            <Text data-testid="app-version">{info.data?.version ?? '…'}</Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Text fw={500}>{t('settings.dataDirectory')}:</Text>
            <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
              {info.data?.dataDirectory ?? '…'}
            </Text>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
