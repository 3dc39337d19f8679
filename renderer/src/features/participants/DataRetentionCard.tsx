import { Button, Card, Group, Modal, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';

const key = ['privacy', 'retention'] as const;

/** Settings card: keep data of closed rounds for N months, then offer to erase it. */
export function DataRetentionCard() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const view = useQuery({ queryKey: key, queryFn: () => api.privacy.retention() });
  const save = useMutation({ mutationFn: (months: number | null) => api.privacy.setRetention({ months }), onSuccess: (value) => { client.setQueryData(key, value); } });
  const apply = useMutation({
    mutationFn: () => api.privacy.applyRetention(),
    onSuccess: async () => {
      setConfirming(false);
      await client.invalidateQueries();
    },
  });
  const data = view.data;
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('participants.retention.title')}
        </Title>
        <Text size="sm">{t('participants.retention.intro')}</Text>
        {[view.error, save.error, apply.error].map((e, i) => (e ? <ErrorAlert key={i} error={e} /> : null))}
        <NumberInput
          label={t('participants.retention.months')}
          description={t('participants.retention.monthsHint')}
          min={1}
          max={240}
          allowDecimal={false}
          clampBehavior="strict"
          w={260}
          value={data?.months ?? ''}
          onChange={(value) => {
            save.mutate(typeof value === 'number' && Number.isInteger(value) ? value : null);
          }}
        />
        {data && data.months !== null ? (
          <Group justify="space-between">
            <Text size="sm" c={data.people > 0 ? undefined : 'dimmed'}>
              {t('participants.retention.due', { rounds: data.rounds.length, people: data.people })}
            </Text>
            <Button color="red" variant="light" disabled={data.people === 0} onClick={() => { setConfirming(true); }}>
              {t('participants.retention.apply')}
            </Button>
          </Group>
        ) : null}
        {apply.data ? <Text size="sm" role="status">{t('participants.retention.done', { count: apply.data.erased })}</Text> : null}
      </Stack>
      <Modal opened={confirming} onClose={() => { setConfirming(false); }} title={t('participants.retention.confirmTitle')} centered>
        <Stack>
          <Text size="sm">{t('participants.retention.confirmBody', { people: data?.people ?? 0 })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => { setConfirming(false); }}>{t('participants.actions.cancel')}</Button>
            <Button color="red" loading={apply.isPending} onClick={() => { apply.mutate(); }}>{t('participants.retention.apply')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
