import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled group of form fields, so a long form reads as a few short ones. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack component="fieldset" gap="xs" m={0} p={0} style={{ border: 0, minWidth: 0 }}>
      <Text
        component="legend"
        fw={600}
        size="sm"
        p={0}
        mb={4}
        style={{
          borderBottom: '1px solid var(--mantine-color-gray-3)',
          width: '100%',
          paddingBottom: 4,
        }}
      >
        {title}
      </Text>
      {children}
    </Stack>
  );
}
