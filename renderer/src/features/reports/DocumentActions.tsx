import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { IconFileDownload, IconPrinter } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ReportKind, ReportLanguage } from '@shared/ipc/domains/reports.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';

type Props = { kind: ReportKind; id: string | null; language: ReportLanguage; pdfLabel: string };

/** "Save as PDF…" and "Print…" for one document, with progress while Chromium renders it. */
export function DocumentActions({ kind, id, language, pdfLabel }: Props) {
  const { t } = useTranslation();
  const save = useMutation({
    mutationFn: (target: string) => api.reports.savePdf({ kind, id: target, language }),
  });
  const print = useMutation({
    mutationFn: (target: string) => api.reports.print({ kind, id: target, language }),
  });
  const busy = save.isPending || print.isPending;
  return (
    <>
      <Group gap="sm">
        <Button
          leftSection={<IconFileDownload size={18} />}
          disabled={id === null || busy}
          loading={save.isPending}
          onClick={() => {
            if (id !== null) {
              print.reset();
              save.mutate(id);
            }
          }}
        >
          {pdfLabel}
        </Button>
        <Button
          variant="default"
          leftSection={<IconPrinter size={18} />}
          disabled={id === null || busy}
          loading={print.isPending}
          onClick={() => {
            if (id !== null) {
              save.reset();
              print.mutate(id);
            }
          }}
        >
          {t('reports.actions.print')}
        </Button>
        {busy ? (
          <Group gap={6} role="status">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {save.isPending ? t('reports.actions.rendering') : t('reports.actions.printing')}
            </Text>
          </Group>
        ) : null}
      </Group>
      {save.isError ? <ErrorAlert error={save.error} /> : null}
      {print.isError ? <ErrorAlert error={print.error} /> : null}
      {save.data ? (
        <Alert color="teal" role="status" data-testid="pdf-saved">
          {t('reports.actions.saved', { path: save.data.path })}
        </Alert>
      ) : null}
    </>
  );
}
