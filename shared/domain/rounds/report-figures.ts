import { dayNumber, isoDateOf, monthOf } from './calendar-day';
import { computeRoundDashboard } from './dashboard';
import type { FeedbackPhase } from './feedback.schema';
import type { Feedback } from './feedback.schema';
import type { Meeting } from './meeting.schema';
import { indexRound } from './round-index';
import type { RoundIndex } from './round-index';
import type { ConstraintCodeValue, EndReason, Round, Tandem, TandemStatus } from './round.schema';

/** No aggregate over fewer people than this is printed, so nobody can be singled out. */
export const MIN_GROUP_SIZE = 3;

/** Stands in for a figure over fewer than {@link MIN_GROUP_SIZE} people. */
export type Suppressed = { suppressed: true };
export type Suppressible = number | Suppressed;

const SUPPRESSED: Suppressed = { suppressed: true };

export const isSuppressed = (x: Suppressible): x is Suppressed => typeof x !== 'number';

/** A count over `people`: zero is shown (it singles nobody out), 1–2 people are suppressed. */
const count = (value: number, people: number): Suppressible => (people > 0 && people < MIN_GROUP_SIZE ? SUPPRESSED : value);
/** An average or share: needs answers from at least three people. */
const mean = (sum: number, people: number): Suppressible => (people < MIN_GROUP_SIZE ? SUPPRESSED : sum / people);

export type ReportKpis = {
  tandems: number;
  people: number;
  enrolled: number;
  /** Enrolled people with a tandem ÷ enrolled (`null` without enrolment). */
  matchRate: number | null;
  meetingsHeld: number;
  meetingsPlanned: number;
  completionRate: number | null;
  endedEarly: number;
  /** Only reasons with at least one ended tandem; each count covers two people per tandem. */
  endedEarlyByReason: readonly { reason: EndReason; tandems: Suppressible }[];
  averageSatisfaction: Suppressible;
  wouldRecommendShare: Suppressible;
  /** Feedback received ÷ expected over both phases. */
  feedbackResponseRate: Suppressible;
};

export type TopicCount = { topicId: string; direction: 'toMentee' | 'toMentor'; meetings: Suppressible };

/** Average self-rating 1…5 of one topic at the start and end, and the mean change of people who answered both. */
export type TopicAssessment = { topicId: string; start: Suppressible; end: Suppressible; change: Suppressible };

export type ReportQuote = { text: string; role: 'mentor' | 'mentee'; phase: FeedbackPhase };

export type ManualOverride = {
  tandemId: string;
  mentorId: string;
  menteeId: string;
  violations: readonly ConstraintCodeValue[];
  justification: string;
};

export type ReportTandemRow = { tandemId: string; mentorId: string; menteeId: string; held: number; planned: number; status: TandemStatus };

/** Everything the end-of-round report prints, with small groups suppressed. */
export type RoundReport = {
  kpis: ReportKpis;
  /** Every month of the period, in order, with meetings held in it. */
  meetingsPerMonth: readonly { month: string; held: Suppressible }[];
  /** By meetings descending, then topic id. */
  topicsCovered: readonly TopicCount[];
  /** Mentees rate digital topics, mentors management topics; by topic id. */
  selfAssessment: { mentee: readonly TopicAssessment[]; mentor: readonly TopicAssessment[] };
  /** Only quotes with consent; without names. */
  quotes: readonly ReportQuote[];
  /** Pairs HR made against a hard rule, with the written justification. */
  manualOverrides: readonly ManualOverride[];
  tandems: readonly ReportTandemRow[];
};

const peopleOf = (tandems: Iterable<Tandem>): number => {
  const ids = new Set<string>();
  for (const t of tandems) {
    ids.add(t.mentorId);
    ids.add(t.menteeId);
  }
  return ids.size;
};

const monthsOfPeriod = (round: Round): string[] => {
  const months: string[] = [];
  const end = monthOf(round.periodEnd);
  for (let d = dayNumber(round.periodStart); monthOf(isoDateOf(d)) <= end; d += 28) {
    const m = monthOf(isoDateOf(d));
    if (months[months.length - 1] !== m) {
      months.push(m);
    }
  }
  return months;
};

const meetingFigures = (round: Round, index: RoundIndex): Pick<RoundReport, 'meetingsPerMonth' | 'topicsCovered'> => {
  const byId = new Map(index.tandems.map((t) => [t.id, t]));
  const months = new Map<string, Set<Tandem>>(monthsOfPeriod(round).map((m) => [m, new Set()]));
  const heldPerMonth = new Map<string, number>();
  const topics = new Map<string, { direction: 'toMentee' | 'toMentor'; topicId: string; meetings: number; tandems: Set<Tandem> }>();
  for (const [tandemId, meetings] of index.meetingsByTandem) {
    const tandem = byId.get(tandemId);
    for (const m of meetings) {
      if (m.state !== 'held' || tandem === undefined) {
        continue;
      }
      const month = monthOf(m.heldOn ?? m.plannedAt);
      months.set(month, (months.get(month) ?? new Set()).add(tandem));
      heldPerMonth.set(month, (heldPerMonth.get(month) ?? 0) + 1);
      for (const direction of ['toMentee', 'toMentor'] as const) {
        for (const topicId of new Set(m.topicsCovered[direction])) {
          const key = `${direction}\u0000${topicId}`;
          const entry = topics.get(key) ?? { direction, topicId, meetings: 0, tandems: new Set<Tandem>() };
          entry.meetings += 1;
          entry.tandems.add(tandem);
          topics.set(key, entry);
        }
      }
    }
  }
  return {
    meetingsPerMonth: [...months.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([month, tandems]) => ({ month, held: count(heldPerMonth.get(month) ?? 0, peopleOf(tandems)) })),
    topicsCovered: [...topics.values()]
      .sort((a, b) => b.meetings - a.meetings || (a.topicId < b.topicId ? -1 : a.topicId > b.topicId ? 1 : 0))
      .map((t) => ({ topicId: t.topicId, direction: t.direction, meetings: count(t.meetings, peopleOf(t.tandems)) })),
  };
};

const assessmentsOf = (index: RoundIndex, role: 'mentor' | 'mentee'): TopicAssessment[] => {
  type Acc = { start: number[]; end: number[]; change: number[] };
  const acc = new Map<string, Acc>();
  const get = (topic: string): Acc => acc.get(topic) ?? acc.set(topic, { start: [], end: [], change: [] }).get(topic) ?? { start: [], end: [], change: [] };
  for (const [person, phases] of index.feedbackByPerson) {
    if (index.roleByPerson.get(person) !== role) {
      continue;
    }
    const start = phases.start?.selfAssessment ?? {};
    const end = phases.end?.selfAssessment ?? {};
    for (const [topic, v] of Object.entries(start)) {
      get(topic).start.push(v);
    }
    for (const [topic, v] of Object.entries(end)) {
      get(topic).end.push(v);
      const before = start[topic];
      if (before !== undefined) {
        get(topic).change.push(v - before);
      }
    }
  }
  const avg = (xs: readonly number[]): Suppressible => mean(xs.reduce((s, x) => s + x, 0), xs.length);
  return [...acc.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([topicId, a]) => ({ topicId, start: avg(a.start), end: avg(a.end), change: avg(a.change) }));
};

const quotesOf = (index: RoundIndex): ReportQuote[] => {
  const out: ReportQuote[] = [];
  for (const [person, phases] of index.feedbackByPerson) {
    for (const f of [phases.start, phases.end]) {
      const text = f?.quote?.trim() ?? '';
      // Consent is checked here, at the one place quotes leave the domain.
      if (f?.consentToQuote === true && text !== '') {
        out.push({ text, role: index.roleByPerson.get(person) ?? 'mentee', phase: f.phase });
      }
    }
  }
  return out;
};

/**
 * The figures of the end-of-round report (issue 7). Proposed tandems that
 * never started are left out. Every aggregate over fewer than three people is
 * `{ suppressed: true }` instead of a number; zero counts are kept. Quotes
 * appear only with consent and without the person's id.
 *
 * @param today `YYYY-MM-DD`; for a closed round any day after its end gives the final figures.
 */
export const computeRoundReport = (
  round: Round,
  tandems: readonly Tandem[],
  meetings: readonly Meeting[],
  feedback: readonly Feedback[],
  today: string,
): RoundReport => {
  const ran = tandems.filter((t) => t.roundId === round.id && t.status !== 'proposed');
  const dashboard = computeRoundDashboard(round, ran, meetings, feedback, today);
  const index = indexRound(round, ran, meetings, feedback);
  const t = dashboard.totals;
  const enrolled = new Set(round.enrolledParticipantIds);
  const matched = [...enrolled].filter((id) => index.roleByPerson.has(id)).length;
  const endedById = new Map(ran.map((x) => [x.id, x]));
  const satisfaction = t.averageSatisfaction;
  const kpis: ReportKpis = {
    tandems: t.tandems.value,
    people: t.people.value,
    enrolled: enrolled.size,
    matchRate: enrolled.size === 0 ? null : matched / enrolled.size,
    meetingsHeld: t.meetingsHeld.value,
    meetingsPlanned: t.meetingsPlanned.value,
    completionRate: t.completionRate.value,
    endedEarly: t.endedEarly.value,
    endedEarlyByReason: t.endedEarly.byReason.map((r) => ({
      reason: r.reason,
      tandems: count(r.value, peopleOf(r.tandemIds.flatMap((id) => endedById.get(id) ?? []))),
    })),
    averageSatisfaction: mean((satisfaction.value ?? 0) * satisfaction.responses, satisfaction.responses),
    wouldRecommendShare: mean(t.wouldRecommend.numerator, t.wouldRecommend.denominator),
    feedbackResponseRate: t.people.value < MIN_GROUP_SIZE ? SUPPRESSED : (t.feedback.start.numerator + t.feedback.end.numerator) / (2 * t.people.value),
  };
  return {
    kpis,
    ...meetingFigures(round, index),
    selfAssessment: { mentee: assessmentsOf(index, 'mentee'), mentor: assessmentsOf(index, 'mentor') },
    quotes: quotesOf(index),
    manualOverrides: ran
      .filter((x) => x.violations.length > 0)
      .map((x) => ({ tandemId: x.id, mentorId: x.mentorId, menteeId: x.menteeId, violations: x.violations, justification: x.overrideJustification ?? '' })),
    tandems: dashboard.tandems.map((r) => ({ tandemId: r.tandemId, mentorId: r.mentorId, menteeId: r.menteeId, held: r.held, planned: r.planned, status: r.status })),
  };
};
