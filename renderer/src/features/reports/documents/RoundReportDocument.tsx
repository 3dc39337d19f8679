import type { TFunction } from 'i18next';
import type { ReportLanguage, RoundReportData } from '@shared/ipc/domains/reports.contract';
import { RoundChartsSection } from './RoundChartsSection';
import {
  anySuppressed,
  DASH,
  formatCount,
  formatLongDate,
  formatMean,
  formatPeriod,
  formatShare,
} from './report-format';
import './report.css';

type Props = { data: RoundReportData; language: ReportLanguage; t: TFunction };

/** The cover: organisation, programme, round, period and the confidentiality mark. */
function Cover({ data, language, t }: Props) {
  const { branding, round } = data;
  return (
    <section className="rp-cover">
      {branding.logoDataUrl ? (
        <img className="rp-cover-logo" src={branding.logoDataUrl} alt="" />
      ) : null}
      <div className="rp-cover-org">
        {branding.organisationName || t('reports.doc.organisationMissing')}
      </div>
      {branding.programmeName ? (
        <div className="rp-cover-programme">{branding.programmeName}</div>
      ) : null}
      <h1 className="rp-cover-title">{t('reports.round.title')}</h1>
      <div className="rp-cover-round">{round.name}</div>
      <div className="rp-cover-period">
        {formatPeriod(round.periodStart, round.periodEnd, language)}
      </div>
      <div className="rp-cover-foot">
        <span>
          {t('reports.doc.generatedOn', { date: formatLongDate(data.generatedOn, language) })}
        </span>
        <span className="rp-confidential">{t('reports.doc.confidential')}</span>
      </div>
    </section>
  );
}

function Kpi({ value, label }: { value: string; label: string }) {
  return (
    <div className="rp-kpi">
      <span className="rp-kpi-value">{value}</span>
      <span className="rp-kpi-label">{label}</span>
    </div>
  );
}

/** Summary figures; anything over fewer than three people shows the dash and the note. */
function KeyFigures({ data, language, t }: Props) {
  const k = data.figures.kpis;
  const n = (value: number) => formatCount(value, language);
  const suppressed = anySuppressed([
    k.averageSatisfaction,
    k.wouldRecommendShare,
    k.feedbackResponseRate,
    ...k.endedEarlyByReason.map((r) => r.tandems),
  ]);
  return (
    <section className="rp-section">
      <h2>{t('reports.round.keyFigures')}</h2>
      <div className="rp-kpis">
        <Kpi value={n(k.tandems)} label={t('reports.kpi.tandems')} />
        <Kpi value={n(k.people)} label={t('reports.kpi.people')} />
        <Kpi
          value={formatShare(k.matchRate, language)}
          label={t('reports.kpi.matchRate', { enrolled: n(k.enrolled) })}
        />
        <Kpi
          value={`${n(k.meetingsHeld)} / ${n(k.meetingsPlanned)}`}
          label={t('reports.kpi.meetings')}
        />
        <Kpi
          value={formatShare(k.completionRate, language)}
          label={t('reports.kpi.completionRate')}
        />
        <Kpi value={n(k.endedEarly)} label={t('reports.kpi.endedEarly')} />
        <Kpi
          value={formatMean(k.averageSatisfaction, language)}
          label={t('reports.kpi.satisfaction')}
        />
        <Kpi
          value={formatShare(k.wouldRecommendShare, language)}
          label={t('reports.kpi.wouldRecommend')}
        />
        <Kpi
          value={formatShare(k.feedbackResponseRate, language)}
          label={t('reports.kpi.responseRate')}
        />
      </div>
      {k.endedEarlyByReason.length > 0 ? (
        <div className="rp-keep">
          <h3>{t('reports.round.endReasons')}</h3>
          <table className="rp-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.round.reason')}</th>
                <th scope="col" className="rp-num">
                  {t('reports.round.tandemCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {k.endedEarlyByReason.map((r) => (
                <tr key={r.reason}>
                  <td>{t(`reports.endReason.${r.reason}`)}</td>
                  <td className="rp-num">{formatCount(r.tandems, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {suppressed ? (
        <p className="rp-note">{t('reports.doc.suppressedNote', { dash: DASH })}</p>
      ) : null}
    </section>
  );
}

function Quotes({ data, t }: Props) {
  const quotes = data.figures.quotes;
  return (
    <section className="rp-section">
      <h2>{t('reports.round.quotes')}</h2>
      {quotes.length === 0 ? <p className="rp-note">{t('reports.round.noQuotes')}</p> : null}
      {quotes.map((q, i) => (
        <figure className="rp-quote" key={`${String(i)}-${q.text.slice(0, 20)}`}>
          <blockquote style={{ margin: 0 }}>{t('reports.doc.quoted', { text: q.text })}</blockquote>
          <figcaption>{t(`reports.round.quoteBy.${q.role}`)}</figcaption>
        </figure>
      ))}
      <p className="rp-note">{t('reports.round.quotesNote')}</p>
    </section>
  );
}

function Overrides({ data, t }: Props) {
  if (data.manualOverrides.length === 0) {
    return null;
  }
  const name = (value: string) => value || t('reports.doc.erased');
  return (
    <section className="rp-section">
      <h2>{t('reports.round.overrides')}</h2>
      <p>{t('reports.round.overridesIntro')}</p>
      <table className="rp-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.table.mentor')}</th>
            <th scope="col">{t('reports.table.mentee')}</th>
            <th scope="col">{t('reports.round.rule')}</th>
            <th scope="col">{t('reports.round.justification')}</th>
          </tr>
        </thead>
        <tbody>
          {data.manualOverrides.map((o) => (
            <tr key={o.tandemId}>
              <td>{name(o.mentor)}</td>
              <td>{name(o.mentee)}</td>
              <td>{o.violations.map((v) => t(`reports.rule.${v}`)).join(', ')}</td>
              <td>{o.justification}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** All tandems; the header row repeats on every printed page. */
function TandemTable({ data, language, t }: Props) {
  const name = (value: string) => value || t('reports.doc.erased');
  const status = (s: string) =>
    s === 'ended_early'
      ? t('reports.status.endedEarly')
      : s === 'proposed'
        ? t('reports.status.proposed')
        : data.round.status === 'closed'
          ? t('reports.status.completed')
          : t('reports.status.running');
  return (
    <section className="rp-section">
      <h2>{t('reports.round.tandems')}</h2>
      <table className="rp-table" data-testid="tandem-table">
        <thead>
          <tr>
            <th scope="col" className="rp-num">
              {t('reports.table.number')}
            </th>
            <th scope="col">{t('reports.table.mentor')}</th>
            <th scope="col">{t('reports.table.department')}</th>
            <th scope="col">{t('reports.table.mentee')}</th>
            <th scope="col">{t('reports.table.department')}</th>
            <th scope="col" className="rp-num">
              {t('reports.table.meetings')}
            </th>
            <th scope="col">{t('reports.table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {data.tandems.map((row, i) => (
            <tr key={row.tandemId}>
              <td className="rp-num rp-muted">{formatCount(i + 1, language)}</td>
              <td>{name(row.mentor)}</td>
              <td className="rp-muted">{row.mentorDepartment}</td>
              <td>{name(row.mentee)}</td>
              <td className="rp-muted">{row.menteeDepartment}</td>
              <td className="rp-num">{`${formatCount(row.held, language)} / ${formatCount(row.planned, language)}`}</td>
              <td>{status(row.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The end-of-round report for management: one React page for preview, print and PDF. */
export function RoundReportDocument({ data, language, t }: Props) {
  return (
    <article className="rp-doc rp-report" data-lang={language} lang={language}>
      <Cover data={data} language={language} t={t} />
      <KeyFigures data={data} language={language} t={t} />
      <RoundChartsSection data={data} language={language} t={t} />
      <Quotes data={data} language={language} t={t} />
      <Overrides data={data} language={language} t={t} />
      <TandemTable data={data} language={language} t={t} />
    </article>
  );
}
