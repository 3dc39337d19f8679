import { Button, Card, Group, List, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconDevicesPc, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AddPeerForm } from './AddPeerForm';
import { PeerTable } from './PeerTable';
import { SyncSwitchCard } from './SyncSwitchCard';
import { ThisDeviceCard } from './ThisDeviceCard';
import { useSync } from './useSync';

/** Peer sync between HR laptops: what it does, on/off, this laptop's ID, paired laptops, add a laptop. */
export function SyncPage() {
  const { t } = useTranslation();
  const sync = useSync();
  const status = sync.status.data;
  if (sync.status.isError) {
    return <ErrorAlert error={sync.status.error} />;
  }
  if (!status) {
    return <Progress value={100} animated aria-label={t('sync.title')} />;
  }
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1} size="h2">
        {t('sync.title')}
      </Title>
      <Stack gap="xs">
        <Text>{t('sync.intro')}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('sync.how1')}</List.Item>
          <List.Item>{t('sync.how2')}</List.Item>
          <List.Item>{t('sync.how3')}</List.Item>
        </List>
      </Stack>
      <SyncSwitchCard status={status} sync={sync} />
      <ThisDeviceCard status={status} />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('sync.peersTitle')}
            </Title>
            {status.peers.length > 0 ? (
              <Button
                variant="default"
                leftSection={<IconRefresh size={16} />}
                disabled={!status.enabled || sync.syncNow.isPending}
                loading={sync.syncNow.isPending && sync.syncNow.variables === undefined}
                onClick={() => {
                  sync.syncNow.mutate(undefined);
                }}
              >
                {t('sync.syncAll')}
              </Button>
            ) : null}
          </Group>
          {status.peers.length === 0 ? (
            <Group gap="md" wrap="nowrap" align="flex-start" data-testid="sync-empty">
              <ThemeIcon variant="light" size="xl" radius="xl">
                <IconDevicesPc size={22} stroke={1.6} />
              </ThemeIcon>
              <Stack gap={2}>
                <Text fw={600}>{t('sync.emptyTitle')}</Text>
                <Text size="sm" c="dimmed">
                  {t('sync.emptyBody')}
                </Text>
              </Stack>
            </Group>
          ) : (
            <PeerTable status={status} sync={sync} />
          )}
          <AddPeerForm sync={sync} />
        </Stack>
      </Card>
    </Stack>
  );
}
