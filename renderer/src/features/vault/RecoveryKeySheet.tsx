import { Button, Checkbox, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Shows the recovery key once, printable, and lets the user go on only after confirming they kept it. */
export function RecoveryKeySheet({
  recoveryKey,
  onDone,
}: {
  recoveryKey: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [kept, setKept] = useState(false);
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('vault.recoveryTitle')}
      </Title>
      <Text>{t('vault.recoveryIntro')}</Text>
      <Paper withBorder p="lg" className="recovery-sheet">
        <Text className="print-only" fw={600} mb="sm">
          {t('vault.recoveryPrintTitle')}
        </Text>
        <Code
          block
          fz="xl"
          ta="center"
          data-testid="recovery-key"
          style={{ letterSpacing: '0.08em', lineHeight: 1.8 }}
        >
          {recoveryKey.split('-').slice(0, 4).join('-')}
          {'\n'}
          {recoveryKey.split('-').slice(4).join('-')}
        </Code>
        <Text className="print-only" size="sm" mt="sm">
          {t('vault.recoveryPrintNote')}
        </Text>
      </Paper>
      <Group className="no-print">
        <Button
          variant="default"
          leftSection={<IconPrinter size={18} />}
          onClick={() => {
            window.print();
          }}
        >
          {t('vault.print')}
        </Button>
      </Group>
      <Checkbox
        className="no-print"
        label={t('vault.keptIt')}
        checked={kept}
        onChange={(event) => {
          setKept(event.currentTarget.checked);
        }}
      />
      <Group className="no-print">
        <Button disabled={!kept} onClick={onDone}>
          {t('vault.continue')}
        </Button>
      </Group>
    </Stack>
  );
}
