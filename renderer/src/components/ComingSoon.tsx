import { Badge, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A page's empty state until its feature lands: says plainly what will be here. */
export function ComingSoon({
  title,
  description,
  badge,
  icon,
}: {
  title: string;
  description: string;
  badge: string;
  icon: ReactNode;
}) {
  return (
    <Stack gap="md" maw={720}>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Paper withBorder p="xl" radius="md">
        <Stack align="flex-start" gap="sm">
          <ThemeIcon size={48} radius="xl" variant="light">
            {icon}
          </ThemeIcon>
          <Badge variant="light" color="gray">
            {badge}
          </Badge>
          <Text size="lg">{description}</Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
