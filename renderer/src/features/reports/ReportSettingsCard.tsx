import { Alert, Button, Card, Group, Image, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportBranding } from '@shared/ipc/domains/reports.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';

const brandingKey = ['reports', 'branding'] as const;

/** Settings card: organisation and programme name and the logo printed on reports and certificates. */
export function ReportSettingsCard() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const branding = useQuery({ queryKey: brandingKey, queryFn: () => api.reports.branding() });
  // What the user typed; `null` fields show the stored value, so no effect has to copy it over.
  const [draft, setDraft] = useState<{ organisationName?: string; programmeName?: string }>({});
  const organisationName = draft.organisationName ?? branding.data?.organisationName ?? '';
  const programmeName = draft.programmeName ?? branding.data?.programmeName ?? '';
  const stored = (value: ReportBranding | null) => {
    if (value) {
      client.setQueryData(brandingKey, value);
      void client.invalidateQueries({ queryKey: ['reports', 'document'] });
    }
  };
  const saveNames = useMutation({
    mutationFn: () => api.reports.setBranding({ organisationName, programmeName }),
    onSuccess: (value) => {
      setDraft({});
      stored(value);
    },
  });
  const chooseLogo = useMutation({ mutationFn: () => api.reports.chooseLogo(), onSuccess: stored });
  const removeLogo = useMutation({ mutationFn: () => api.reports.removeLogo(), onSuccess: stored });
  const changed =
    branding.data !== undefined &&
    (organisationName.trim() !== branding.data.organisationName ||
      programmeName.trim() !== branding.data.programmeName);
  const logo = branding.data?.logoDataUrl ?? null;

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('reports.settings.title')}
        </Title>
        <Text size="sm">{t('reports.settings.intro')}</Text>
        {branding.isError ? <ErrorAlert error={branding.error} /> : null}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            saveNames.mutate();
          }}
        >
          <Stack gap="sm">
            <TextInput
              label={t('reports.settings.organisation')}
              description={t('reports.settings.organisationHint')}
              value={organisationName}
              maxLength={120}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setDraft((d) => ({ ...d, organisationName: value }));
              }}
            />
            <TextInput
              label={t('reports.settings.programme')}
              description={t('reports.settings.programmeHint')}
              value={programmeName}
              maxLength={120}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setDraft((d) => ({ ...d, programmeName: value }));
              }}
            />
            {saveNames.isError ? <ErrorAlert error={saveNames.error} /> : null}
            <Group>
              <Button type="submit" disabled={!changed} loading={saveNames.isPending}>
                {t('reports.settings.save')}
              </Button>
              {saveNames.isSuccess && !changed ? (
                <Text size="sm" c="teal.8" role="status">
                  {t('reports.settings.saved')}
                </Text>
              ) : null}
            </Group>
          </Stack>
        </form>
        <Text fw={500} size="sm">
          {t('reports.settings.logo')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('reports.settings.logoHint')}
        </Text>
        {logo ? (
          <Image
            src={logo}
            alt={t('reports.settings.logoAlt')}
            h={56}
            w="auto"
            fit="contain"
            maw={240}
          />
        ) : null}
        {chooseLogo.isError ? <ErrorAlert error={chooseLogo.error} /> : null}
        {removeLogo.isError ? <ErrorAlert error={removeLogo.error} /> : null}
        {removeLogo.isSuccess && !logo ? (
          <Alert color="gray" role="status">
            {t('reports.settings.logoRemoved')}
          </Alert>
        ) : null}
        <Group>
          <Button
            variant="default"
            leftSection={<IconPhotoUp size={18} />}
            loading={chooseLogo.isPending}
            onClick={() => {
              chooseLogo.mutate();
            }}
          >
            {logo ? t('reports.settings.replaceLogo') : t('reports.settings.chooseLogo')}
          </Button>
          {logo ? (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={18} />}
              loading={removeLogo.isPending}
              onClick={() => {
                removeLogo.mutate();
              }}
            >
              {t('reports.settings.removeLogo')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}
