import { dayNumber, isoDateOf, localDateOf } from './calendar-day';
import type { AverageFigure, DashboardTotals, EndedEarlyFigure, FeedbackFigure, Figure, RateFigure, RiskReason, RoundDashboard, TandemProgress } from './dashboard.types';
import type { Feedback, FeedbackPhase } from './feedback.schema';
import type { Meeting } from './meeting.schema';
import { asOfDay, indexRound, tandemStartDay, tandemsOfPeople } from './round-index';
import type { RoundIndex } from './round-index';
import { END_REASONS } from './round.schema';
import type { Round, Tandem } from './round.schema';

/** A tandem is overdue after this many cadences without a held meeting. */
export const OVERDUE_CADENCES = 1.5;
/** Behind the even plan by this many meetings or more puts a tandem at risk. */
export const BEHIND_PLAN_THRESHOLD = 2;
/** End-of-round feedback is due from this many days before the period end. */
export const END_FEEDBACK_DUE_DAYS = 28;

/**
 * How many meetings the even plan from `start` expects to have happened
 * before day `asOf`: the same spreading as `planMeetings` (first meeting on
 * the start day, then every cadence or closer), without weekend moves, which
 * shift a date by at most two days.
 */
export const expectedMeetingsBy = (round: Round, start: number, asOf: number): number => {
  const end = dayNumber(round.periodEnd);
  const n = round.plannedMeetingsPerTandem;
  if (asOf <= start || end < start) {
    return 0;
  }
  const step = Math.min(round.cadenceWeeks * 7, (end - start + 1) / n);
  let due = 0;
  for (let i = 0; i < n && start + Math.round(i * step) < asOf; i += 1) {
    due += 1;
  }
  return due;
};

const hasFeedback = (index: RoundIndex, person: string, phase: FeedbackPhase): boolean => index.feedbackByPerson.get(person)?.[phase] !== undefined;

const progressOf = (round: Round, index: RoundIndex, t: Tandem, asOf: number): TandemProgress => {
  const meetings: readonly Meeting[] = index.meetingsByTandem.get(t.id) ?? [];
  let held = 0;
  let cancelled = 0;
  let unlogged = 0;
  let lastHeldOn = '';
  for (const m of meetings) {
    if (m.state === 'held') {
      held += 1;
      const on = m.heldOn ?? localDateOf(m.plannedAt);
      lastHeldOn = on > lastHeldOn ? on : lastHeldOn;
    } else if (m.state === 'cancelled') {
      cancelled += 1;
    } else if (dayNumber(m.plannedAt) < asOf) {
      unlogged += 1;
    }
  }
  const running = t.status === 'confirmed';
  const start = tandemStartDay(round, t);
  const since = lastHeldOn === '' ? start : Math.max(start, dayNumber(lastHeldOn));
  const daysSinceLastMeeting = running && asOf >= start ? asOf - since : null;
  const overdue = daysSinceLastMeeting !== null && daysSinceLastMeeting > OVERDUE_CADENCES * round.cadenceWeeks * 7;
  const expectedByNow = expectedMeetingsBy(round, start, asOf);
  const riskReasons: RiskReason[] = [];
  if (running) {
    const logged = meetings.filter((m) => m.state !== 'planned');
    const [a, b] = logged.slice(-2);
    if (a?.state === 'cancelled' && b?.state === 'cancelled') {
      riskReasons.push('cancelledTwiceInARow');
    }
    if (expectedByNow - held >= BEHIND_PLAN_THRESHOLD) {
      riskReasons.push('behindPlan');
    }
  }
  const phase = (p: FeedbackPhase) => ({ mentor: hasFeedback(index, t.mentorId, p), mentee: hasFeedback(index, t.menteeId, p) });
  return {
    tandemId: t.id,
    mentorId: t.mentorId,
    menteeId: t.menteeId,
    status: t.status,
    planned: round.plannedMeetingsPerTandem,
    held,
    cancelled,
    unlogged,
    expectedByNow,
    lastHeldOn: lastHeldOn === '' ? null : lastHeldOn,
    daysSinceLastMeeting,
    overdue,
    atRisk: riskReasons.length > 0,
    riskReasons,
    feedback: { start: phase('start'), end: phase('end') },
  };
};

const rate = (numerator: number, denominator: number, tandemIds: readonly string[]): RateFigure => ({
  value: denominator === 0 ? null : numerator / denominator,
  numerator,
  denominator,
  tandemIds,
});

const sumFigure = (rows: readonly TandemProgress[], pick: (r: TandemProgress) => number): Figure => {
  let value = 0;
  const tandemIds: string[] = [];
  for (const r of rows) {
    const v = pick(r);
    value += v;
    if (v > 0) {
      tandemIds.push(r.tandemId);
    }
  }
  return { value, tandemIds };
};

const countFigure = (rows: readonly TandemProgress[], test: (r: TandemProgress) => boolean): Figure => {
  const tandemIds = rows.filter(test).map((r) => r.tandemId);
  return { value: tandemIds.length, tandemIds };
};

/** Is a feedback phase due on a day? Start: once the round runs; end: in the last four weeks or after. */
export const isFeedbackPhaseDue = (round: Round, phase: FeedbackPhase, asOf: number): boolean =>
  round.status !== 'planning' && (phase === 'start' || asOf >= dayNumber(round.periodEnd) - END_FEEDBACK_DUE_DAYS);

const endedEarlyOf = (index: RoundIndex): EndedEarlyFigure => {
  const ended = index.tandems.filter((t) => t.status === 'ended_early');
  const byReason = END_REASONS.map((reason) => {
    const tandemIds = ended.filter((t) => t.ending?.reason === reason).map((t) => t.id);
    return { reason, value: tandemIds.length, tandemIds };
  }).filter((r) => r.value > 0);
  return { value: ended.length, tandemIds: ended.map((t) => t.id), byReason };
};

/** Answers at the end of the round, from people in the round's tandems. */
export const endAnswers = (index: RoundIndex): Feedback[] => {
  const out: Feedback[] = [];
  for (const f of index.feedbackByPerson.values()) {
    if (f.end !== undefined) {
      out.push(f.end);
    }
  }
  return out;
};

const satisfactionOf = (index: RoundIndex): AverageFigure => {
  const answers = endAnswers(index).filter((f) => f.satisfaction !== undefined);
  const sum = answers.reduce((s, f) => s + (f.satisfaction ?? 0), 0);
  return {
    value: answers.length === 0 ? null : sum / answers.length,
    responses: answers.length,
    tandemIds: tandemsOfPeople(index, answers.map((f) => f.participantId)),
  };
};

const recommendOf = (index: RoundIndex): RateFigure => {
  const answers = endAnswers(index).filter((f) => f.wouldRecommend !== undefined);
  const yes = answers.filter((f) => f.wouldRecommend === true);
  return rate(yes.length, answers.length, tandemsOfPeople(index, yes.map((f) => f.participantId)));
};

const feedbackFigures = (round: Round, index: RoundIndex, asOf: number): Pick<DashboardTotals, 'feedback' | 'feedbackResponseRate'> => {
  const people = [...index.roleByPerson.keys()];
  const phase = (p: FeedbackPhase): FeedbackFigure => {
    const missing = people.filter((id) => !hasFeedback(index, id, p));
    return { ...rate(people.length - missing.length, people.length, tandemsOfPeople(index, missing)), due: isFeedbackPhaseDue(round, p, asOf) };
  };
  const start = phase('start');
  const end = phase('end');
  const due = [start, end].filter((f) => f.due);
  const missing = new Set(due.flatMap((f) => f.tandemIds));
  return {
    feedback: { start, end },
    feedbackResponseRate: rate(
      due.reduce((s, f) => s + f.numerator, 0),
      due.reduce((s, f) => s + f.denominator, 0),
      [...missing],
    ),
  };
};

/**
 * The round dashboard: one row per tandem of the round (in input order) and
 * totals, each figure with the ids of the tandems behind it. Meetings,
 * feedback and tandems of other rounds are ignored. Pure and linear in the
 * input size (500 tandems × 3,000 meetings take a few milliseconds).
 *
 * Rules: only confirmed tandems can be overdue or at risk; a tandem's start
 * is the round start or its `startedOn`; figures are computed as of `today`
 * capped at the period end; every tandem's target is `plannedMeetingsPerTandem`,
 * also for tandems that ended early, so early ends lower the completion rate.
 *
 * @param today `YYYY-MM-DD` in HR's zone (inject it; do not read the clock here).
 */
export const computeRoundDashboard = (
  round: Round,
  tandems: readonly Tandem[],
  meetings: readonly Meeting[],
  feedback: readonly Feedback[],
  today: string,
): RoundDashboard => {
  const asOf = asOfDay(round, today);
  const index = indexRound(round, tandems, meetings, feedback);
  const rows = index.tandems.map((t) => progressOf(round, index, t, asOf));
  const meetingsHeld = sumFigure(rows, (r) => r.held);
  const meetingsPlanned = sumFigure(rows, (r) => r.planned);
  const totals: DashboardTotals = {
    tandems: countFigure(rows, () => true),
    running: countFigure(rows, (r) => r.status === 'confirmed'),
    people: { value: index.roleByPerson.size, tandemIds: rows.map((r) => r.tandemId) },
    meetingsHeld,
    meetingsPlanned,
    meetingsCancelled: sumFigure(rows, (r) => r.cancelled),
    completionRate: rate(meetingsHeld.value, meetingsPlanned.value, meetingsPlanned.tandemIds),
    overdue: countFigure(rows, (r) => r.overdue),
    atRisk: countFigure(rows, (r) => r.atRisk),
    endedEarly: endedEarlyOf(index),
    averageSatisfaction: satisfactionOf(index),
    wouldRecommend: recommendOf(index),
    ...feedbackFigures(round, index, asOf),
  };
  return { asOf: isoDateOf(asOf), tandems: rows, totals };
};
