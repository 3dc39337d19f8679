import { Center, Loader, Paper, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FirstRunPage } from './FirstRunPage';
import { UnlockPage } from './UnlockPage';
import { useActivityReporter, useVaultStatus, vaultStatusKey } from './useVaultStatus';

function Centered({ children }: { children: ReactNode }) {
  return (
    <Center mih="100%" p="xl" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={560}>
        {children}
      </Paper>
    </Center>
  );
}

/** Shows first-run setup or the lock screen until the data is open, then its children. */
export function VaultGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { query, lockReason, setStatus } = useVaultStatus();
  const status = query.data;
  useActivityReporter(status?.state === 'unlocked');

  if (query.isError) {
    return (
      <Centered>
        <ErrorAlert error={query.error} />
      </Centered>
    );
  }
  if (!status) {
    return (
      <Center h="100%">
        <Loader />
      </Center>
    );
  }
  if (status.state === 'no_vault') {
    return (
      <Centered>
        <FirstRunPage
          onReady={() => {
            void client.invalidateQueries({ queryKey: vaultStatusKey });
          }}
        />
      </Centered>
    );
  }
  if (status.state === 'locked') {
    const notice = lockReason === 'idle' ? t('vault.lockedIdle') : null;
    return (
      <Centered>
        <Stack>
          <UnlockPage status={status} notice={notice} onUnlocked={setStatus} />
        </Stack>
      </Centered>
    );
  }
  return children;
}
