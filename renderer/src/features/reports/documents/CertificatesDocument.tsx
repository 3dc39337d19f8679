import type { TFunction } from 'i18next';
import type {
  CertificateData,
  CertificateLine,
  ReportLanguage,
} from '@shared/ipc/domains/reports.contract';
import { formatCount, formatPeriod, topicLabel } from './report-format';
import './report.css';

type Props = { data: CertificateData; language: ReportLanguage; t: TFunction };

/** Topics printed on a certificate; the rest is summarised so the page never overflows. */
const MAX_TOPICS = 8;

function Certificate({
  line,
  data,
  language,
  t,
}: Omit<Props, 'data'> & { data: CertificateData; line: CertificateLine }) {
  const { branding, round } = data;
  const topics = line.topics
    .slice(0, MAX_TOPICS)
    .map((id) => topicLabel(data.topicNames, id, language));
  const more = line.topics.length - topics.length;
  const name = (value: string) => value || t('reports.doc.erased');
  return (
    <section className="rp-cert" data-certificate={line.tandemId}>
      <div className="rp-cert-frame">
        <div className="rp-cert-head">
          {branding.logoDataUrl ? <img src={branding.logoDataUrl} alt="" /> : null}
          <span>{branding.organisationName || t('reports.doc.organisationMissing')}</span>
        </div>
        <h1 className="rp-cert-title">{t('reports.certificate.title')}</h1>
        <div className="rp-cert-lead">{t('reports.certificate.lead')}</div>
        <div className="rp-cert-names">
          {name(line.mentor)}
          <span className="rp-cert-and">{t('reports.certificate.and')}</span>
          {name(line.mentee)}
        </div>
        <p className="rp-cert-text">
          {t('reports.certificate.body', {
            programme: branding.programmeName || t('reports.certificate.programmeFallback'),
            round: round.name,
            period: formatPeriod(round.periodStart, round.periodEnd, language),
          })}
        </p>
        <p className="rp-cert-text">
          {t('reports.certificate.meetings', {
            count: line.held,
            formatted: formatCount(line.held, language),
          })}
        </p>
        {topics.length > 0 ? (
          <p className="rp-cert-topics">
            {t('reports.certificate.topics', { topics: topics.join(' · ') })}
            {more > 0 ? ` ${t('reports.certificate.moreTopics', { count: more })}` : ''}
          </p>
        ) : null}
        <div className="rp-signatures">
          <div className="rp-signature">{t('reports.certificate.signHr')}</div>
          <div className="rp-signature">{t('reports.certificate.signManagement')}</div>
        </div>
      </div>
    </section>
  );
}

/** One landscape page per tandem, ready to sign. `limit` keeps the on-screen preview light. */
export function CertificatesDocument({ data, language, t, limit }: Props & { limit?: number }) {
  const lines = limit === undefined ? data.certificates : data.certificates.slice(0, limit);
  return (
    <article className="rp-doc rp-certs" data-lang={language} lang={language}>
      {lines.map((line) => (
        <Certificate key={line.tandemId} line={line} data={data} language={language} t={t} />
      ))}
    </article>
  );
}
