import { Alert, Button, Card, Group, Modal, PasswordInput, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseExport, IconDatabaseImport } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain/preferences/preferences.schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { formatDate, formatNumber } from '../../lib/format';

/** Encrypted backup to a file, and a verified restore that asks before replacing anything. */
export function BackupCard({ language }: { language: Language }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [kind, setKind] = useState<'passphrase' | 'recoveryKey'>('passphrase');
  const [secret, setSecret] = useState('');
  const [confirming, setConfirming] = useState(false);
  const backup = useMutation({ mutationFn: () => api.backup.create() });
  const restore = useMutation({
    mutationFn: () => api.backup.restore(kind === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret }),
    onSuccess: (result) => {
      if (result) {
        setSecret('');
        // Everything on screen came from the replaced data.
        void client.invalidateQueries();
      }
    },
  });

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('backup.title')}
        </Title>
        <Text size="sm">{t('backup.intro')}</Text>
        {backup.isError ? <ErrorAlert error={backup.error} /> : null}
        {backup.data ? (
          <Alert color="teal" role="status">
            {t('backup.created', { path: backup.data.path, count: formatNumber(backup.data.documents, language) })}
          </Alert>
        ) : null}
        <Group>
          <Button
            leftSection={<IconDatabaseExport size={18} />}
            loading={backup.isPending}
            onClick={() => {
              backup.mutate();
            }}
          >
            {t('backup.create')}
          </Button>
          {backup.isPending ? (
            <Text size="sm" c="dimmed" role="status">
              {t('backup.creating')}
            </Text>
          ) : null}
        </Group>
        <Text fw={500} mt="sm">
          {t('backup.restoreTitle')}
        </Text>
        <Text size="sm">{t('backup.restoreIntro')}</Text>
        {restore.isError ? <ErrorAlert error={restore.error} /> : null}
        {restore.data ? (
          <Alert color="teal" role="status">
            {t('backup.restored', {
              date: formatDate(restore.data.createdAt, language),
              count: formatNumber(restore.data.documents, language),
            })}
          </Alert>
        ) : null}
        <SegmentedControl
          aria-label={t('backup.secretKind')}
          value={kind}
          onChange={(value) => {
            setKind(value === 'recoveryKey' ? 'recoveryKey' : 'passphrase');
          }}
          data={[
            { value: 'passphrase', label: t('backup.usePassphrase') },
            { value: 'recoveryKey', label: t('backup.useRecoveryKey') },
          ]}
        />
        <PasswordInput
          label={t('backup.secret')}
          autoComplete="off"
          value={secret}
          onChange={(event) => {
            setSecret(event.currentTarget.value);
          }}
        />
        <Group>
          <Button
            variant="default"
            color="red"
            leftSection={<IconDatabaseImport size={18} />}
            disabled={secret.length === 0}
            loading={restore.isPending}
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t('backup.restore')}
          </Button>
          {restore.isPending ? (
            <Text size="sm" c="dimmed" role="status">
              {t('backup.restoring')}
            </Text>
          ) : null}
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => {
          setConfirming(false);
        }}
        title={t('backup.confirmTitle')}
        centered
      >
        <Stack>
          <Text>{t('backup.confirmBody')}</Text>
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('backup.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                setConfirming(false);
                restore.mutate();
              }}
            >
              {t('backup.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
