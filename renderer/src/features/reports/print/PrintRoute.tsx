import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePrintRoute } from '@shared/ipc/domains/reports.contract';
import type { ReportKind, ReportLanguage } from '@shared/ipc/domains/reports.contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import { documentKey, loadDocument } from './load-document';
import { ReportDocument } from './ReportDocument';

/** True for `#/print/...`: the app then renders only the document, without the shell. */
export function isPrintHash(hash: string): boolean {
  return hash.startsWith('#/print/');
}

/** Marks the page ready for the print engine once the data is on screen and the fonts are loaded. */
function useReadyMarker(ready: boolean): boolean {
  const [marked, setMarked] = useState(false);
  useEffect(() => {
    if (!ready) {
      return;
    }
    let alive = true;
    void document.fonts.ready.then(() => {
      // One more frame so layout with the loaded fonts is done before the engine paginates.
      requestAnimationFrame(() => {
        if (alive) {
          setMarked(true);
        }
      });
    });
    return () => {
      alive = false;
    };
  }, [ready]);
  return marked;
}

function DocumentPage({
  kind,
  id,
  language,
  t,
}: {
  kind: ReportKind;
  id: string;
  language: ReportLanguage;
  t: TFunction;
}) {
  const query = useQuery({
    queryKey: documentKey(kind, id),
    queryFn: () => loadDocument(kind, id),
  });
  const ready = useReadyMarker(query.isSuccess);
  // The same element object on the re-render that sets the marker: React then skips the
  // document's subtree instead of diffing 2,000 certificates again.
  const content = useMemo(
    () => (query.data ? <ReportDocument document={query.data} language={language} t={t} /> : null),
    [query.data, language, t],
  );
  useEffect(() => {
    document.title = t('reports.print.windowTitle');
  }, [t]);
  if (query.isError) {
    const locked = query.error instanceof ApiError && query.error.code === 'locked';
    // The print engine gives up on this marker instead of waiting for a page that never comes.
    return (
      <div data-report-error={locked ? 'locked' : 'failed'} style={{ padding: 24 }}>
        <ErrorAlert error={query.error} />
      </div>
    );
  }
  if (!query.data) {
    return null;
  }
  return <div {...(ready ? { 'data-report-ready': kind } : {})}>{content}</div>;
}

/**
 * The document in its own language. No separate vault check: main answers every data call with
 * `locked` while Tandem is locked, so a locked app shows the error marker and no data, and the
 * print engine saves a round trip.
 */
function PrintDocument({
  kind,
  id,
  language,
}: {
  kind: ReportKind;
  id: string;
  language: ReportLanguage;
}) {
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(language), [i18n, language]);
  return <DocumentPage kind={kind} id={id} language={language} t={t} />;
}

/** The page behind `#/print/<kind>/<id>/<language>`: the bare document, only while unlocked. */
export function PrintRoute() {
  const { t } = useTranslation();
  const route = parsePrintRoute(window.location.hash);
  if (!route) {
    return (
      <div data-report-error="route" style={{ padding: 24 }}>
        {t('reports.print.badRoute')}
      </div>
    );
  }
  return <PrintDocument kind={route.kind} id={route.id} language={route.language} />;
}
