import type { TFunction } from 'i18next';
import type { PersonDataSummary, ReportLanguage } from '@shared/ipc/domains/reports.contract';
import { DASH, formatCount, formatLongDate, formatShortDate, topicLabel } from './report-format';
import './report.css';

type Props = { data: PersonDataSummary; language: ReportLanguage; t: TFunction };

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value || DASH}</dd>
    </>
  );
}

/** The readable summary of everything Tandem stores about one person (GDPR Art. 15). */
export function PersonDataDocument({ data, language, t }: Props) {
  const p = data.person;
  const yesNo = (value: boolean | null) =>
    value === null ? DASH : value ? t('reports.doc.yes') : t('reports.doc.no');
  const topic = (id: string) => topicLabel(data.topicNames, id, language);
  return (
    <article className="rp-doc rp-person" data-lang={language} lang={language}>
      <header className="rp-doc-head">
        <div>
          <div className="rp-muted">
            {data.branding.organisationName || t('reports.doc.organisationMissing')}
          </div>
          <h1>{t('reports.person.title')}</h1>
          <div>{`${p.firstName} ${p.lastName}`}</div>
          <div className="rp-note">
            {t('reports.doc.generatedOn', { date: formatLongDate(data.generatedOn, language) })}
          </div>
        </div>
        {data.branding.logoDataUrl ? <img src={data.branding.logoDataUrl} alt="" /> : null}
      </header>
      <p>{t('reports.person.intro')}</p>
      <section className="rp-section rp-keep">
        <h2>{t('reports.person.record')}</h2>
        <dl className="rp-facts">
          <Fact label={t('reports.person.name')} value={`${p.firstName} ${p.lastName}`} />
          <Fact label={t('reports.person.role')} value={t(`reports.role.${p.role}`)} />
          <Fact label={t('reports.person.email')} value={p.email} />
          <Fact label={t('reports.table.department')} value={p.department} />
          <Fact label={t('reports.person.jobTitle')} value={p.jobTitle} />
          <Fact
            label={t('reports.person.careerStage')}
            value={t(`reports.careerStage.${p.careerStage}`)}
          />
          <Fact label={t('reports.person.manager')} value={p.managerEmail ?? ''} />
          <Fact label={t('reports.person.location')} value={p.location} />
          <Fact
            label={t('reports.person.languages')}
            value={p.languages.join(', ').toUpperCase()}
          />
          <Fact label={t('reports.person.format')} value={t(`reports.format.${p.meetingFormat}`)} />
          <Fact
            label={t('reports.person.availability')}
            value={p.availability
              .map((a) => `${t(`reports.day.${a.day}`)} ${t(`reports.slot.${a.slot}`)}`)
              .join(', ')}
          />
          <Fact label={t('reports.person.status')} value={t(`reports.personStatus.${p.status}`)} />
          <Fact label={t('reports.person.motivation')} value={p.motivation} />
          <Fact
            label={t('reports.person.recorded')}
            value={p.createdAt ? formatShortDate(p.createdAt, language) : ''}
          />
          <Fact
            label={t('reports.person.changed')}
            value={formatShortDate(p.updatedAt, language)}
          />
        </dl>
      </section>
      <section className="rp-section rp-keep">
        <h2>{t('reports.person.topics')}</h2>
        <dl className="rp-facts">
          <Fact
            label={t(`reports.person.topicsOwn.${p.role}`)}
            value={data.topics.map((x) => `${topic(x.topicId)} (${String(x.level)}/5)`).join(', ')}
          />
          <Fact
            label={t('reports.person.learnFromOther')}
            value={data.learnFromOther.map(topic).join(', ')}
          />
        </dl>
      </section>
      <section className="rp-section rp-keep">
        <h2>{t('reports.person.consents')}</h2>
        <dl className="rp-facts">
          {(['voluntary', 'confidentiality', 'dataProcessing'] as const).map((kind) => {
            const c = data.consents[kind];
            return (
              <Fact
                key={kind}
                label={t(`reports.consent.${kind}`)}
                value={
                  c.given
                    ? t('reports.consent.given', {
                        date: c.date ? formatShortDate(c.date, language) : DASH,
                      })
                    : t('reports.consent.notGiven')
                }
              />
            );
          })}
        </dl>
      </section>
      <section className="rp-section">
        <h2>{t('reports.person.tandems')}</h2>
        {data.tandems.length === 0 ? (
          <p className="rp-note">{t('reports.person.noTandems')}</p>
        ) : (
          <table className="rp-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.person.round')}</th>
                <th scope="col">{t('reports.person.role')}</th>
                <th scope="col">{t('reports.person.partner')}</th>
                <th scope="col" className="rp-num">
                  {t('reports.table.meetings')}
                </th>
                <th scope="col">{t('reports.table.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.tandems.map((x, i) => (
                <tr key={`${x.roundName}-${String(i)}`}>
                  <td>{x.roundName}</td>
                  <td>{t(`reports.role.${x.role}`)}</td>
                  <td>{x.partner || t('reports.doc.erased')}</td>
                  <td className="rp-num">{`${formatCount(x.held, language)} / ${formatCount(x.planned, language)}`}</td>
                  <td>
                    {x.status === 'ended_early'
                      ? t('reports.status.endedEarly')
                      : x.status === 'proposed'
                        ? t('reports.status.proposed')
                        : t('reports.status.confirmed')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="rp-section">
        <h2>{t('reports.person.feedback')}</h2>
        {data.feedback.length === 0 ? (
          <p className="rp-note">{t('reports.person.noFeedback')}</p>
        ) : null}
        {data.feedback.map((f, i) => (
          <div className="rp-keep" key={`${f.roundName}-${f.phase}-${String(i)}`}>
            <h3>{`${f.roundName} · ${t(`reports.phase.${f.phase}`)}`}</h3>
            <dl className="rp-facts">
              <Fact
                label={t('reports.person.selfAssessment')}
                value={f.selfAssessment
                  .map((s) => `${topic(s.topicId)}: ${String(s.rating)}/5`)
                  .join(', ')}
              />
              <Fact
                label={t('reports.person.satisfaction')}
                value={f.satisfaction === null ? '' : `${String(f.satisfaction)}/5`}
              />
              <Fact label={t('reports.person.wouldRecommend')} value={yesNo(f.wouldRecommend)} />
              <Fact
                label={t('reports.person.quote')}
                value={f.quote ? t('reports.doc.quoted', { text: f.quote }) : ''}
              />
              <Fact label={t('reports.person.consentToQuote')} value={yesNo(f.consentToQuote)} />
            </dl>
          </div>
        ))}
      </section>
      <p className="rp-note">{t('reports.person.footer')}</p>
    </article>
  );
}
