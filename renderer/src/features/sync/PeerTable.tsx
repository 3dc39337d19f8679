import { Badge, Button, Group, Modal, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconRefresh, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncPeerView, SyncStatus } from '@shared/ipc/domains/sync.contract';
import type { useSync } from './useSync';

const STATE_COLOR = { idle: 'teal', syncing: 'blue', error: 'red' } as const;

/** Date and time of the last sync in the UI language. */
function formatDateTime(value: string, language: string): string {
  return new Intl.DateTimeFormat(language.startsWith('de') ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(value));
}

/** The paired laptops: name, short ID, last sync, state with the translated problem, Sync now and Remove (asks first). */
export function PeerTable({ status, sync }: { status: SyncStatus; sync: ReturnType<typeof useSync> }) {
  const { t, i18n } = useTranslation();
  const [removing, setRemoving] = useState<SyncPeerView | null>(null);
  const busy = sync.syncNow.isPending ? (sync.syncNow.variables ?? 'all') : null;
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" aria-label={t('sync.peersTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sync.colName')}</Table.Th>
              <Table.Th>{t('sync.colId')}</Table.Th>
              <Table.Th>{t('sync.colLastSync')}</Table.Th>
              <Table.Th>{t('sync.colState')}</Table.Th>
              <Table.Th>{t('sync.colActions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {status.peers.map((peer) => (
              <Table.Tr key={peer.deviceId} data-testid="sync-peer-row">
                <Table.Td>
                  <Text fw={500}>{peer.name}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {peer.host === null ? '' : `${peer.host}:${String(peer.port ?? '')}`}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Tooltip label={peer.deviceId} multiline maw={320}>
                    <Text ff="monospace" size="sm">
                      {peer.shortId}…
                    </Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{peer.lastSyncAt === null ? t('sync.never') : formatDateTime(peer.lastSyncAt, i18n.language)}</Text>
                </Table.Td>
                <Table.Td maw={320}>
                  <Stack gap={4}>
                    <Badge color={STATE_COLOR[peer.state]} variant="light">
                      {t(`sync.state.${peer.state}`)}
                    </Badge>
                    {peer.lastErrorCode !== null && peer.state === 'error' ? (
                      <Text size="xs" c="red.8">
                        {t(`errors.${peer.lastErrorCode}`, { defaultValue: t('errors.sync.internal') })}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Tooltip label={t('sync.syncOffHint')} disabled={status.enabled}>
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconRefresh size={14} />}
                        loading={busy === peer.deviceId || busy === 'all'}
                        disabled={!status.enabled || busy !== null}
                        onClick={() => {
                          sync.syncNow.mutate(peer.deviceId);
                        }}
                      >
                        {t('sync.syncNow')}
                      </Button>
                    </Tooltip>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={14} />}
                      onClick={() => {
                        setRemoving(peer);
                      }}
                    >
                      {t('sync.remove')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={removing !== null}
        onClose={() => {
          setRemoving(null);
        }}
        title={t('sync.confirmRemoveTitle', { name: removing?.name ?? '' })}
        centered
      >
        <Stack>
          <Text>{t('sync.confirmRemoveBody', { name: removing?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setRemoving(null);
              }}
            >
              {t('sync.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                if (removing !== null) {
                  sync.removePeer.mutate(removing.deviceId);
                }
                setRemoving(null);
              }}
            >
              {t('sync.confirmRemove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
