import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PairingUnpairedView } from '@shared/ipc/domains/pairing.contract';
import { describeReason } from './pairing-text';

/** Everyone without a tandem, each with a reason a person understands. */
export function UnpairedList({ unpaired }: { unpaired: readonly PairingUnpairedView[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="unpaired-list">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('pairing.unpaired.title')} ({unpaired.length})
        </Title>
        {unpaired.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('pairing.unpaired.none')}
          </Text>
        ) : (
          unpaired.map((u) => (
            <Group key={u.person.id} gap="sm" wrap="nowrap" align="flex-start">
              <Badge variant="outline" size="sm" w={90}>
                {t(`pairing.unpaired.role.${u.person.role}`)}
              </Badge>
              <Stack gap={0}>
                <Text size="sm" fw={500}>
                  {u.person.name}{' '}
                  <Text span size="xs" c="dimmed">
                    · {u.person.department}
                  </Text>
                </Text>
                <Text size="sm" c="dimmed">
                  {describeReason(u.reason, t)}
                </Text>
              </Stack>
            </Group>
          ))
        )}
      </Stack>
    </Card>
  );
}
