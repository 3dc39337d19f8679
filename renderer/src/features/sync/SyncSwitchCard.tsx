import { Alert, Button, Card, Group, Modal, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SYNC_MIN_PORT } from '@shared/ipc/domains/sync.contract';
import type { SyncStatus } from '@shared/ipc/domains/sync.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { useSync } from './useSync';

/** The on/off switch (turning on asks first) and the port, with what the listener is doing. */
export function SyncSwitchCard({ status, sync }: { status: SyncStatus; sync: ReturnType<typeof useSync> }) {
  const { t } = useTranslation();
  const [port, setPort] = useState<number>(status.port);
  const [confirming, setConfirming] = useState(false);
  const portValid = Number.isInteger(port) && port >= SYNC_MIN_PORT && port <= 65_535;
  const error = sync.enable.error ?? sync.disable.error;
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('sync.switchTitle')}
        </Title>
        <Switch
          size="md"
          label={t('sync.switchLabel')}
          description={t('sync.switchHint')}
          checked={status.enabled}
          disabled={sync.enable.isPending || sync.disable.isPending || (!status.enabled && !portValid)}
          onChange={(event) => {
            if (event.currentTarget.checked) {
              setConfirming(true);
            } else {
              sync.disable.mutate();
            }
          }}
        />
        <NumberInput
          label={t('sync.port')}
          description={t('sync.portHint')}
          maw={320}
          min={SYNC_MIN_PORT}
          max={65_535}
          allowDecimal={false}
          thousandSeparator=""
          disabled={status.enabled}
          value={port}
          error={portValid ? undefined : t('sync.form.portInvalid')}
          onChange={(value) => {
            setPort(typeof value === 'number' ? value : Number.NaN);
          }}
        />
        {status.enabled && status.listening ? (
          <Alert color="teal" role="status">
            {t('sync.listening', { port: status.listening.port })}
          </Alert>
        ) : null}
        {!status.enabled ? (
          <Text size="sm" c="dimmed" role="status">
            {t('sync.off')}
          </Text>
        ) : null}
        {status.listenErrorCode ? (
          <Alert color="red" role="alert">
            {t(`errors.${status.listenErrorCode}`)}
          </Alert>
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
      </Stack>
      <Modal opened={confirming} onClose={() => { setConfirming(false); }} title={t('sync.confirmOnTitle')} centered>
        <Stack>
          <Text>{t('sync.confirmOnBody', { port })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => { setConfirming(false); }}>
              {t('sync.cancel')}
            </Button>
            <Button
              onClick={() => {
                setConfirming(false);
                sync.enable.mutate(port);
              }}
            >
              {t('sync.confirmOn')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
