import {
  Anchor,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewRoundForm } from './NewRoundForm';
import { PairingHistory } from './PairingHistory';
import { RoundStatusBadge } from './RoundStatusBadge';
import { formatDay, languageOf } from './round-format';
import { useRoundList } from './useRoundsData';

/** All rounds with status, period and counts; "New round" opens the form. */
export function RoundList({ onOpen }: { onOpen: (roundId: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const rounds = useRoundList();
  const [creating, setCreating] = useState(false);
  const close = () => {
    setCreating(false);
  };
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('rounds.title')}
        </Title>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => {
            setCreating(true);
          }}
        >
          {t('rounds.newRound')}
        </Button>
      </Group>
      <Modal opened={creating} onClose={close} title={t('rounds.newRound')} size="lg">
        <NewRoundForm
          onCancel={close}
          onCreated={(round) => {
            close();
            onOpen(round.id);
          }}
        />
      </Modal>
      {rounds.isError ? <ErrorAlert error={rounds.error} /> : null}
      {rounds.isPending ? <Loader size="sm" aria-label={t('app.loading')} /> : null}
      {rounds.data?.length === 0 ? (
        <Paper withBorder p="xl" radius="md">
          <Stack align="flex-start" gap="sm">
            <IconUsersGroup size={32} stroke={1.4} aria-hidden />
            <Title order={2} size="h4">
              {t('rounds.empty.title')}
            </Title>
            <Text c="dimmed" maw={560}>
              {t('rounds.empty.body')}
            </Text>
            <Button
              variant="light"
              onClick={() => {
                setCreating(true);
              }}
            >
              {t('rounds.empty.action')}
            </Button>
          </Stack>
        </Paper>
      ) : null}
      {rounds.data !== undefined && rounds.data.length > 0 ? (
        <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('rounds.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rounds.list.name')}</Table.Th>
              <Table.Th>{t('rounds.list.status')}</Table.Th>
              <Table.Th>{t('rounds.list.period')}</Table.Th>
              <Table.Th ta="right">{t('rounds.list.enrolled')}</Table.Th>
              <Table.Th ta="right">{t('rounds.list.tandems')}</Table.Th>
              <Table.Th ta="right">{t('rounds.list.meetings')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rounds.data.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    fw={500}
                    onClick={() => {
                      onOpen(r.id);
                    }}
                  >
                    {r.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <RoundStatusBadge status={r.status} />
                </Table.Td>
                <Table.Td>
                  {t('rounds.period', {
                    start: formatDay(r.periodStart, language),
                    end: formatDay(r.periodEnd, language),
                  })}
                </Table.Td>
                <Table.Td ta="right">{r.counts.enrolled}</Table.Td>
                <Table.Td ta="right">{r.counts.tandems}</Table.Td>
                <Table.Td ta="right">
                  {t('rounds.list.heldOfPlanned', {
                    held: r.counts.meetingsHeld,
                    planned: r.counts.meetingsPlanned,
                  })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {rounds.data !== undefined && rounds.data.length > 0 ? <PairingHistory /> : null}
    </Stack>
  );
}
