import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';

export const exclusionsKey = ['pairing', 'exclusions'] as const;

/** The pairs HR has excluded, each with its reason and a way to lift the exclusion. */
export function ExclusionsList() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useQuery({ queryKey: exclusionsKey, queryFn: () => api.exclusions.list() });
  const lift = useMutation({
    mutationFn: (id: string) => api.exclusions.remove({ id }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['pairing'] });
    },
  });
  const items = list.data ?? [];
  if (items.length === 0 && !list.isError) {
    return null;
  }
  return (
    <Card withBorder padding="md" data-testid="exclusions-list">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('pairing.exclude.list')} ({items.length})
        </Title>
        {list.isError ? <ErrorAlert error={list.error} /> : null}
        {lift.isError ? <ErrorAlert error={lift.error} /> : null}
        {items.map((e) => (
          <Group key={e.id} justify="space-between" wrap="nowrap">
            <Stack gap={0}>
              <Text size="sm" fw={500}>
                {e.mentor?.name ?? '—'} · {e.mentee?.name ?? '—'}
              </Text>
              <Text size="sm" c="dimmed">
                {e.reason}
              </Text>
            </Stack>
            <Button
              variant="subtle"
              size="compact-sm"
              loading={lift.isPending && lift.variables === e.id}
              onClick={() => {
                lift.mutate(e.id);
              }}
            >
              {t('pairing.exclude.undo')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
