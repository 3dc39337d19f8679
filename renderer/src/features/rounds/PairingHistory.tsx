import { Accordion, Badge, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { ROUNDS_KEY } from './useRoundsData';

/** Who was paired with whom in earlier and current rounds, searchable by name. */
export function PairingHistory() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const history = useQuery({
    queryKey: [ROUNDS_KEY, 'history'],
    queryFn: () => api.rounds.history(),
    enabled: open !== null,
  });
  const needle = search.trim().toLowerCase();
  const rows = (history.data ?? []).filter(
    (h) =>
      needle === '' ||
      `${h.mentor.name} ${h.mentee.name} ${h.roundName}`.toLowerCase().includes(needle),
  );
  return (
    <Accordion variant="contained" value={open} onChange={setOpen}>
      <Accordion.Item value="history">
        <Accordion.Control>{t('rounds.history.title')}</Accordion.Control>
        <Accordion.Panel>
          <Text size="sm" c="dimmed" mb="xs">
            {t('rounds.history.hint')}
          </Text>
          <TextInput
            label={t('rounds.history.search')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
            }}
            mb="sm"
            maw={360}
          />
          {history.isError ? <ErrorAlert error={history.error} /> : null}
          {history.data?.length === 0 ? <Text c="dimmed">{t('rounds.history.empty')}</Text> : null}
          {rows.length > 0 ? (
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('rounds.history.round')}</Table.Th>
                  <Table.Th>{t('rounds.common.mentor')}</Table.Th>
                  <Table.Th>{t('rounds.common.mentee')}</Table.Th>
                  <Table.Th>{t('rounds.list.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((h) => (
                  <Table.Tr key={h.tandemId}>
                    <Table.Td>{h.roundName}</Table.Td>
                    <Table.Td>{h.mentor.name}</Table.Td>
                    <Table.Td>{h.mentee.name}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={h.status === 'ended_early' ? 'orange' : 'teal'}>
                        {h.endReason === undefined
                          ? t(`rounds.tandemStatus.${h.status}`)
                          : `${t('rounds.tandemStatus.ended_early')}: ${t(`endReason.${h.endReason}`)}`}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
