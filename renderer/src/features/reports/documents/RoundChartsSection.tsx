import type { TFunction } from 'i18next';
import type { TopicAssessment } from '@shared/domain/rounds';
import type { ReportLanguage, RoundReportData } from '@shared/ipc/domains/reports.contract';
import { BarChart, ColumnChart, PrePostChart, PrePostLegend } from './ReportCharts';
import {
  anySuppressed,
  DASH,
  formatCount,
  formatMean,
  formatMonth,
  topicLabel,
} from './report-format';

type Props = { data: RoundReportData; language: ReportLanguage; t: TFunction };

function Assessment({
  rows,
  title,
  data,
  language,
  t,
}: Props & { rows: readonly TopicAssessment[]; title: string }) {
  if (rows.length === 0) {
    return null;
  }
  const chart = rows.map((a) => ({
    label: topicLabel(data.topicNames, a.topicId, language),
    start: a.start,
    end: a.end,
    display: `${formatMean(a.start, language)} → ${formatMean(a.end, language)}`,
  }));
  return (
    <div className="rp-keep">
      <h3>{title}</h3>
      <PrePostLegend before={t('reports.round.before')} after={t('reports.round.after')} />
      <PrePostChart data={chart} title={title} />
    </div>
  );
}

/** Meetings per month, topics covered in both directions, and self-assessment before/after. */
export function RoundChartsSection(props: Props) {
  const { data, language, t } = props;
  const f = data.figures;
  const months = f.meetingsPerMonth.map((m) => ({
    label: formatMonth(m.month, language),
    value: m.held,
    display: formatCount(m.held, language),
  }));
  const topics = (direction: 'toMentee' | 'toMentor') =>
    f.topicsCovered
      .filter((c) => c.direction === direction)
      .map((c) => ({
        label: topicLabel(data.topicNames, c.topicId, language),
        value: c.meetings,
        display: formatCount(c.meetings, language),
      }));
  const toMentee = topics('toMentee');
  const toMentor = topics('toMentor');
  const suppressed = anySuppressed([
    ...f.meetingsPerMonth.map((m) => m.held),
    ...f.topicsCovered.map((c) => c.meetings),
    ...[...f.selfAssessment.mentee, ...f.selfAssessment.mentor].flatMap((a) => [a.start, a.end]),
  ]);
  return (
    <>
      <section className="rp-section rp-keep">
        <h2>{t('reports.round.meetingsPerMonth')}</h2>
        <ColumnChart data={months} title={t('reports.round.meetingsPerMonth')} />
      </section>
      <section className="rp-section">
        <h2>{t('reports.round.topics')}</h2>
        {toMentee.length + toMentor.length === 0 ? (
          <p className="rp-note">{t('reports.round.noTopics')}</p>
        ) : null}
        {toMentee.length > 0 ? (
          <div className="rp-keep">
            <h3>{t('reports.round.topicsToMentee')}</h3>
            <BarChart data={toMentee} title={t('reports.round.topicsToMentee')} />
          </div>
        ) : null}
        {toMentor.length > 0 ? (
          <div className="rp-keep">
            <h3>{t('reports.round.topicsToMentor')}</h3>
            <BarChart data={toMentor} title={t('reports.round.topicsToMentor')} />
          </div>
        ) : null}
        <p className="rp-note">{t('reports.round.topicsNote')}</p>
      </section>
      <section className="rp-section">
        <h2>{t('reports.round.selfAssessment')}</h2>
        <p className="rp-note">{t('reports.round.selfAssessmentIntro')}</p>
        {f.selfAssessment.mentee.length + f.selfAssessment.mentor.length === 0 ? (
          <p className="rp-note">{t('reports.round.noAssessment')}</p>
        ) : null}
        <Assessment
          {...props}
          rows={f.selfAssessment.mentee}
          title={t('reports.round.assessmentMentees')}
        />
        <Assessment
          {...props}
          rows={f.selfAssessment.mentor}
          title={t('reports.round.assessmentMentors')}
        />
        {suppressed ? (
          <p className="rp-note">{t('reports.doc.suppressedNote', { dash: DASH })}</p>
        ) : null}
      </section>
    </>
  );
}
