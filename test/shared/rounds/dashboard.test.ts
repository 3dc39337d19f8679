import { describe, expect, it } from 'vitest';

import { computeRoundDashboard, dueThisWeek } from '../../../shared/domain/rounds';
import { cancelled, held, makeRound, makeTandem } from '../../fixtures/rounds/factories';
import { TODAY, feedback, meetings, round, tandems } from '../../fixtures/rounds/spring-round.fixture';

const dashboard = computeRoundDashboard(round, tandems, meetings, feedback, TODAY);
const row = (id: string) => dashboard.tandems.find((r) => r.tandemId === id);

describe('computeRoundDashboard on the spring fixture', () => {
  it('counts meetings per tandem', () => {
    expect(dashboard.tandems.map((r) => [r.tandemId, r.held, r.cancelled, r.unlogged, r.expectedByNow, r.lastHeldOn])).toEqual([
      ['t1', 3, 0, 0, 3, '2028-03-08'],
      ['t2', 1, 2, 0, 3, '2028-01-12'],
      ['t3', 2, 1, 1, 3, '2028-02-21'],
      ['t4', 1, 0, 1, 3, '2028-01-15'],
      ['t5', 0, 0, 0, 1, null],
    ]);
  });

  it('flags overdue and at-risk tandems with their reasons', () => {
    expect(row('t2')).toMatchObject({ overdue: true, daysSinceLastMeeting: 82, atRisk: true, riskReasons: ['cancelledTwiceInARow', 'behindPlan'] });
    expect(row('t3')).toMatchObject({ overdue: false, daysSinceLastMeeting: 42, atRisk: false });
    expect(row('t4')).toMatchObject({ overdue: false, daysSinceLastMeeting: null, atRisk: false, riskReasons: [] });
    expect(row('t5')).toMatchObject({ overdue: false, daysSinceLastMeeting: 14, atRisk: false });
    expect(dashboard.totals.overdue).toEqual({ value: 1, tandemIds: ['t2'] });
    expect(dashboard.totals.atRisk).toEqual({ value: 1, tandemIds: ['t2'] });
  });

  it('adds up the totals with the tandems behind each figure', () => {
    const t = dashboard.totals;
    expect(t.tandems.value).toBe(5);
    expect(t.running).toEqual({ value: 4, tandemIds: ['t1', 't2', 't3', 't5'] });
    expect(t.people.value).toBe(10);
    expect(t.meetingsHeld).toEqual({ value: 7, tandemIds: ['t1', 't2', 't3', 't4'] });
    expect(t.meetingsPlanned.value).toBe(30);
    expect(t.meetingsCancelled).toEqual({ value: 3, tandemIds: ['t2', 't3'] });
    expect(t.completionRate.value).toBeCloseTo(7 / 30);
    expect(t.endedEarly).toEqual({ value: 1, tandemIds: ['t4'], byReason: [{ reason: 'time', value: 1, tandemIds: ['t4'] }] });
    expect(t.averageSatisfaction).toEqual({ value: 4, responses: 3, tandemIds: ['t1', 't2'] });
    expect(t.wouldRecommend).toMatchObject({ numerator: 2, denominator: 3, tandemIds: ['t1'] });
  });

  it('reports feedback per phase and the response rate over due phases only', () => {
    const t = dashboard.totals;
    expect(t.feedback.start).toEqual({ value: 0.7, numerator: 7, denominator: 10, tandemIds: ['t4', 't5'], due: true });
    expect(t.feedback.end).toMatchObject({ numerator: 3, denominator: 10, due: false });
    expect(t.feedbackResponseRate).toEqual({ value: 0.7, numerator: 7, denominator: 10, tandemIds: ['t4', 't5'] });
    expect(row('t1')?.feedback).toEqual({ start: { mentor: true, mentee: true }, end: { mentor: true, mentee: true } });
    expect(row('t5')?.feedback.start).toEqual({ mentor: false, mentee: false });
  });
});

describe('overdue and at-risk edges', () => {
  const r = makeRound({ periodStart: '2028-01-10', periodEnd: '2028-06-30' });
  const t = makeTandem({ id: 't1' });

  it('is overdue from the 43rd day after the round start without any meeting', () => {
    expect(computeRoundDashboard(r, [t], [], [], '2028-02-21').tandems[0]?.overdue).toBe(false); // day 42
    expect(computeRoundDashboard(r, [t], [], [], '2028-02-22').tandems[0]?.overdue).toBe(true); // day 43
  });

  it('is neither overdue nor behind before the round starts, and is judged at the period end afterwards', () => {
    expect(computeRoundDashboard(r, [t], [], [], '2027-12-01').tandems[0]).toMatchObject({ overdue: false, expectedByNow: 0, daysSinceLastMeeting: null });
    const after = computeRoundDashboard(r, [t], [], [], '2029-01-01');
    expect(after.asOf).toBe('2028-06-30');
    expect(after.tandems[0]?.expectedByNow).toBe(6);
  });

  it('needs the two latest logged meetings cancelled; a held meeting in between clears it', () => {
    const twice = [held('a', 't1', '2028-01-12'), cancelled('b', 't1', '2028-02-09'), cancelled('c', 't1', '2028-02-16')];
    expect(computeRoundDashboard(r, [t], twice, [], '2028-02-20').tandems[0]?.riskReasons).toEqual(['cancelledTwiceInARow']);
    const mixed = [cancelled('b', 't1', '2028-02-09'), held('a', 't1', '2028-02-12'), cancelled('c', 't1', '2028-02-16')];
    expect(computeRoundDashboard(r, [t], mixed, [], '2028-02-20').tandems[0]?.riskReasons).toEqual([]);
  });

  it('is behind plan at 2 missing meetings, not at 1', () => {
    // 2028-02-08 is day 29: the plan expects meetings on day 0 and 28.
    expect(computeRoundDashboard(r, [t], [], [], '2028-02-07').tandems[0]).toMatchObject({ expectedByNow: 1, atRisk: false });
    expect(computeRoundDashboard(r, [t], [], [], '2028-02-08').tandems[0]).toMatchObject({ expectedByNow: 2, riskReasons: ['behindPlan'] });
  });
});

describe('dueThisWeek', () => {
  it('lists meetings to log, this week’s meetings and missing feedback', () => {
    const due = dueThisWeek(round, tandems, meetings, feedback, TODAY);
    expect(due.meetingsToLog.map((m) => m.meetingId)).toEqual(['t3-4']); // t4-2 belongs to an ended tandem
    expect(due.upcoming.map((m) => m.meetingId)).toEqual(['t1-4']);
    expect(due.feedbackMissing.map((f) => [f.participantId, f.phase, f.role, f.tandemIds])).toEqual([
      ['e4', 'start', 'mentee', ['t4']],
      ['e5', 'start', 'mentee', ['t5']],
      ['m5', 'start', 'mentor', ['t5']],
    ]);
  });

  it('asks for end feedback in the last four weeks and nothing in a closed round', () => {
    const late = dueThisWeek(round, tandems, meetings, feedback, '2028-06-05');
    expect(late.feedbackMissing.filter((f) => f.phase === 'end').map((f) => f.participantId)).toEqual(['e3', 'e4', 'e5', 'm2', 'm3', 'm4', 'm5']);
    expect(dueThisWeek({ ...round, status: 'closed' }, tandems, meetings, feedback, TODAY)).toEqual({ meetingsToLog: [], upcoming: [], feedbackMissing: [] });
  });
});
