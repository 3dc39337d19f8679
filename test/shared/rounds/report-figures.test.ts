import { describe, expect, it } from 'vitest';

import { computeRoundReport, isSuppressed } from '../../../shared/domain/rounds';
import type { Feedback, Suppressible } from '../../../shared/domain/rounds';
import { held, makeFeedback, makeRound, makeTandem } from '../../fixtures/rounds/factories';
import { TODAY, feedback, meetings, round, tandems } from '../../fixtures/rounds/spring-round.fixture';

const S = { suppressed: true };
const round2 = makeRound({ status: 'closed', enrolledParticipantIds: ['m1', 'e1', 'm2', 'e2', 'm3', 'e3'] });
const pairs = [
  makeTandem({ id: 't1', mentorId: 'm1', menteeId: 'e1' }),
  makeTandem({ id: 't2', mentorId: 'm2', menteeId: 'e2' }),
  makeTandem({ id: 't3', mentorId: 'm3', menteeId: 'e3' }),
];
const endOf = (participantId: string, extra: Partial<Feedback> = {}) => makeFeedback({ participantId, phase: 'end', ...extra });

describe('computeRoundReport: small-group suppression', () => {
  it('suppresses satisfaction and recommendation from 2 people and shows them from 3', () => {
    const two = [endOf('e1', { satisfaction: 4, wouldRecommend: true }), endOf('e2', { satisfaction: 5, wouldRecommend: false })];
    const r2 = computeRoundReport(round2, pairs, [], two, '2028-07-01');
    expect(r2.kpis.averageSatisfaction).toEqual(S);
    expect(r2.kpis.wouldRecommendShare).toEqual(S);
    const three = [...two, endOf('m3', { satisfaction: 3, wouldRecommend: true })];
    const r3 = computeRoundReport(round2, pairs, [], three, '2028-07-01');
    expect(r3.kpis.averageSatisfaction).toBe(4);
    expect(r3.kpis.wouldRecommendShare).toBeCloseTo(2 / 3);
  });

  it('suppresses self-assessment averages of fewer than 3 mentees, per topic and phase', () => {
    const fb = [
      ...['e1', 'e2', 'e3'].map((p, i) => makeFeedback({ participantId: p, phase: 'start', selfAssessment: { ai: 1 + i, security: 2 } })),
      ...['e1', 'e2', 'e3'].map((p) => endOf(p, { selfAssessment: { ai: 4 } })),
      endOf('e1', { selfAssessment: { ai: 4, security: 5 } }),
      ...['m1', 'm2'].map((p) => makeFeedback({ participantId: p, phase: 'start', selfAssessment: { leadership: 2 } })),
    ];
    const report = computeRoundReport(round2, pairs, [], fb, '2028-07-01');
    expect(report.selfAssessment.mentee).toEqual([
      { topicId: 'ai', start: 2, end: 4, change: 2 },
      { topicId: 'security', start: 2, end: S, change: S },
    ]);
    expect(report.selfAssessment.mentor).toEqual([{ topicId: 'leadership', start: S, end: S, change: S }]);
  });

  it('suppresses counts that one tandem alone stands behind, but keeps zeros', () => {
    const ms = [
      held('a', 't1', '2028-02-09', { topicsCovered: { toMentee: ['ai'], toMentor: [] } }),
      held('b', 't2', '2028-03-08', { topicsCovered: { toMentee: ['ai', 'security'], toMentor: [] } }),
      held('c', 't2', '2028-03-22'),
    ];
    const report = computeRoundReport(round2, pairs, ms, [], '2028-07-01');
    expect(report.meetingsPerMonth).toEqual([
      { month: '2028-01', held: 0 },
      { month: '2028-02', held: S },
      { month: '2028-03', held: S },
      { month: '2028-04', held: 0 },
      { month: '2028-05', held: 0 },
      { month: '2028-06', held: 0 },
    ]);
    expect(report.topicsCovered).toEqual([
      { topicId: 'ai', direction: 'toMentee', meetings: 2 },
      { topicId: 'security', direction: 'toMentee', meetings: S },
    ]);
  });
});

describe('computeRoundReport: quotes, overrides and KPIs', () => {
  it('prints quotes only with consent and without the person', () => {
    const fb = [
      endOf('e1', { quote: 'Ich nutze jetzt KI für Protokolle.', consentToQuote: true }),
      endOf('e2', { quote: 'GEHEIM: bitte nicht zitieren', consentToQuote: false }),
      endOf('m3', { quote: 'Führung ist Zuhören.', consentToQuote: true }),
    ];
    const report = computeRoundReport(round2, pairs, [], fb, '2028-07-01');
    expect(report.quotes).toEqual([
      { text: 'Ich nutze jetzt KI für Protokolle.', role: 'mentee', phase: 'end' },
      { text: 'Führung ist Zuhören.', role: 'mentor', phase: 'end' },
    ]);
    expect(JSON.stringify(report)).not.toContain('GEHEIM');
  });

  it('lists manual pairs that broke a rule with the justification', () => {
    const override = makeTandem({ id: 't9', mentorId: 'm9', menteeId: 'e9', violations: ['reportingLine'], overrideJustification: 'Wechselt zum 1.2. die Abteilung' });
    const report = computeRoundReport(round2, [...pairs, override], [], [], '2028-07-01');
    expect(report.manualOverrides).toEqual([
      { tandemId: 't9', mentorId: 'm9', menteeId: 'e9', violations: ['reportingLine'], justification: 'Wechselt zum 1.2. die Abteilung' },
    ]);
  });

  it('computes the KPIs of the spring fixture, leaving out proposed tandems', () => {
    const withProposed = [...tandems, makeTandem({ id: 't6', mentorId: 'm6', menteeId: 'e6', status: 'proposed' })];
    const report = computeRoundReport(round, withProposed, meetings, feedback, TODAY);
    expect(report.kpis).toEqual({
      tandems: 5,
      people: 10,
      enrolled: 11,
      matchRate: 10 / 11,
      meetingsHeld: 7,
      meetingsPlanned: 30,
      completionRate: 7 / 30,
      endedEarly: 1,
      endedEarlyByReason: [{ reason: 'time', tandems: S }],
      averageSatisfaction: 4,
      wouldRecommendShare: 2 / 3,
      feedbackResponseRate: 10 / 20,
    });
    expect(report.tandems.map((t) => t.tandemId)).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(report.topicsCovered[0]).toEqual({ topicId: 'ai', direction: 'toMentee', meetings: 4 });
  });

  it('never returns a number where it is suppressed', () => {
    const values: Suppressible[] = [{ suppressed: true }, 3];
    expect(values.map(isSuppressed)).toEqual([true, false]);
  });
});
