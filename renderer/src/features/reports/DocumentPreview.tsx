import { Box, Center, Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportKind, ReportLanguage } from '@shared/ipc/domains/reports.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { documentKey, loadDocument } from './print/load-document';
import { ReportDocument } from './print/ReportDocument';

/** Certificates shown in the preview; the PDF has all of them. */
const PREVIEW_CERTIFICATES = 3;

/** The very page that prints, scaled down, in the report's language. */
export function DocumentPreview({
  kind,
  id,
  language,
}: {
  kind: ReportKind;
  id: string;
  language: ReportLanguage;
}) {
  const { t, i18n } = useTranslation();
  const docT = useMemo(() => i18n.getFixedT(language), [i18n, language]);
  const query = useQuery({
    queryKey: documentKey(kind, id),
    queryFn: () => loadDocument(kind, id),
  });
  if (query.isError) {
    return <ErrorAlert error={query.error} />;
  }
  if (!query.data) {
    return (
      <Center h={200}>
        <Loader aria-label={t('reports.preview.loading')} />
      </Center>
    );
  }
  const doc = query.data;
  const certificates = doc.kind === 'certificates' ? doc.data.certificates.length : 0;
  return (
    <>
      {doc.kind === 'certificates' && certificates > PREVIEW_CERTIFICATES ? (
        <Text size="sm" c="dimmed">
          {t('reports.preview.certificatesShown', {
            shown: PREVIEW_CERTIFICATES,
            count: certificates,
          })}
        </Text>
      ) : null}
      {doc.kind === 'certificates' ? null : (
        <Text size="sm" c="dimmed">
          {t('reports.preview.scrollHint')}
        </Text>
      )}
      {doc.kind === 'certificates' && certificates === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.preview.noCertificates')}
        </Text>
      ) : null}
      <Box
        bg="gray.1"
        p="md"
        h="70vh"
        className="rp-preview"
        style={{ overflow: 'auto', borderRadius: 4 }}
        tabIndex={0}
        role="region"
        aria-label={t('reports.preview.label')}
        data-testid="report-preview"
      >
        <Box style={{ zoom: doc.kind === 'certificates' ? 0.5 : 0.62 }}>
          <ReportDocument
            document={doc}
            language={language}
            t={docT}
            limit={PREVIEW_CERTIFICATES}
          />
        </Box>
      </Box>
    </>
  );
}
