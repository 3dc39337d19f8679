import type { TFunction } from 'i18next';
import type { ReportLanguage } from '@shared/ipc/domains/reports.contract';
import { CertificatesDocument } from '../documents/CertificatesDocument';
import { PersonDataDocument } from '../documents/PersonDataDocument';
import { RoundReportDocument } from '../documents/RoundReportDocument';
import type { LoadedDocument } from './load-document';

/** Renders whichever document was loaded; `limit` shortens certificate previews. */
export function ReportDocument({
  document,
  language,
  t,
  limit,
}: {
  document: LoadedDocument;
  language: ReportLanguage;
  t: TFunction;
  limit?: number;
}) {
  if (document.kind === 'round') {
    return <RoundReportDocument data={document.data} language={language} t={t} />;
  }
  if (document.kind === 'certificates') {
    return (
      <CertificatesDocument
        data={document.data}
        language={language}
        t={t}
        {...(limit === undefined ? {} : { limit })}
      />
    );
  }
  return <PersonDataDocument data={document.data} language={language} t={t} />;
}
