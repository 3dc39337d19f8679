import { Alert, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportLanguage } from '@shared/ipc/domains/reports.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { DocumentActions } from './DocumentActions';
import { DocumentPreview } from './DocumentPreview';
import { LanguagePicker } from './LanguagePicker';

/** The participant data report (GDPR Art. 15) as a readable PDF, from a person picker. */
export function PersonReportCard({ uiLanguage }: { uiLanguage: ReportLanguage }) {
  const { t } = useTranslation();
  const [personId, setPersonId] = useState<string | null>(null);
  const [language, setLanguage] = useState<ReportLanguage | null>(null);
  const people = useQuery({ queryKey: ['reports', 'people'], queryFn: () => api.reports.people() });
  const lang = language ?? uiLanguage;
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('reports.personCard.title')}
        </Title>
        <Text size="sm">{t('reports.personCard.intro')}</Text>
        {people.isError ? <ErrorAlert error={people.error} /> : null}
        {people.data && people.data.length === 0 ? (
          <Alert color="gray">{t('reports.personCard.empty')}</Alert>
        ) : null}
        {people.data && people.data.length > 0 ? (
          <>
            <Group align="flex-end" gap="md">
              <Select
                label={t('reports.personCard.person')}
                placeholder={t('reports.personCard.placeholder')}
                searchable
                clearable
                w={340}
                value={personId}
                onChange={setPersonId}
                nothingFoundMessage={t('reports.personCard.nothingFound')}
                data={people.data.map((p) => ({
                  value: p.id,
                  label: `${p.name} · ${t(`reports.role.${p.role}`)} · ${p.department}`,
                }))}
              />
              <LanguagePicker value={lang} onChange={setLanguage} />
            </Group>
            <DocumentActions
              kind="person"
              id={personId}
              language={lang}
              pdfLabel={t('reports.actions.savePerson')}
            />
            {personId ? <DocumentPreview kind="person" id={personId} language={lang} /> : null}
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
