import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '@shared/ipc/domains/sync.contract';

/** This laptop's device ID, large and grouped, with Copy (or select-all where the clipboard is denied) and its address. */
export function ThisDeviceCard({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'manual'>('idle');
  const field = useRef<HTMLTextAreaElement>(null);
  const deviceId = status.deviceId ?? '';
  const addresses = status.addresses.map((address) => `${address}:${String(status.listening?.port ?? status.port)}`);
  const copyId = async () => {
    try {
      await navigator.clipboard.writeText(deviceId);
      setCopy('copied');
    } catch {
      setCopy('manual');
      // The read-only field appears with the ID selected, so Ctrl+C still works.
      requestAnimationFrame(() => {
        field.current?.focus();
        field.current?.select();
      });
    }
  };
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('sync.thisDevice')}
        </Title>
        <Text size="sm">{t('sync.thisDeviceHint')}</Text>
        <Text size="sm" fw={500}>
          {t('sync.deviceIdLabel')}
        </Text>
        <Group align="center" gap="md" wrap="nowrap">
          <Text ff="monospace" fz="lg" fw={600} style={{ letterSpacing: '0.04em', wordBreak: 'break-word' }} data-testid="sync-device-id">
            {deviceId}
          </Text>
          <Button
            variant="default"
            leftSection={copy === 'copied' ? <IconCheck size={16} /> : <IconCopy size={16} />}
            onClick={() => void copyId()}
            style={{ flexShrink: 0 }}
          >
            {copy === 'copied' ? t('sync.copied') : t('sync.copy')}
          </Button>
        </Group>
        {copy === 'manual' ? (
          <Textarea
            ref={field}
            readOnly
            autosize
            ff="monospace"
            label={t('sync.deviceIdLabel')}
            description={t('sync.copyManual')}
            value={deviceId}
            onFocus={(event) => {
              event.currentTarget.select();
            }}
          />
        ) : null}
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {t('sync.address')}:
          </Text>
          <Text size="sm" ff="monospace" data-testid="sync-address">
            {addresses.length > 0 ? addresses.join(', ') : t('sync.addressNone')}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
