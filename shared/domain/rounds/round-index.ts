import { dayNumber, localDateOf } from './calendar-day';
import type { Feedback, FeedbackPhase } from './feedback.schema';
import type { Meeting } from './meeting.schema';
import type { Round, Tandem } from './round.schema';

/**
 * One pass over a round's records, grouped the way dashboard and report need
 * them: meetings by tandem (sorted by date), tandems by person, feedback by
 * person and phase. Records of other rounds are ignored, so callers may pass
 * unfiltered lists.
 */
export type RoundIndex = {
  tandems: readonly Tandem[];
  meetingsByTandem: ReadonlyMap<string, readonly Meeting[]>;
  tandemIdsByPerson: ReadonlyMap<string, readonly string[]>;
  /** Last feedback per person and phase (later entries in the input win). */
  feedbackByPerson: ReadonlyMap<string, Partial<Record<FeedbackPhase, Feedback>>>;
  roleByPerson: ReadonlyMap<string, 'mentor' | 'mentee'>;
};

/** The date a logged meeting counts on: when it was held, otherwise its planned local date. */
export const meetingDate = (m: Meeting): string => m.heldOn ?? localDateOf(m.plannedAt);

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [value]);
  } else {
    list.push(value);
  }
};

export const indexRound = (round: Round, tandems: readonly Tandem[], meetings: readonly Meeting[], feedback: readonly Feedback[]): RoundIndex => {
  const own = tandems.filter((t) => t.roundId === round.id);
  const tandemIds = new Set(own.map((t) => t.id));
  const meetingsByTandem = new Map<string, Meeting[]>();
  for (const m of meetings) {
    if (tandemIds.has(m.tandemId)) {
      push(meetingsByTandem, m.tandemId, m);
    }
  }
  for (const list of meetingsByTandem.values()) {
    list.sort((a, b) => (meetingDate(a) < meetingDate(b) ? -1 : meetingDate(a) > meetingDate(b) ? 1 : a.sequence - b.sequence));
  }
  const tandemIdsByPerson = new Map<string, string[]>();
  const roleByPerson = new Map<string, 'mentor' | 'mentee'>();
  for (const t of own) {
    push(tandemIdsByPerson, t.mentorId, t.id);
    push(tandemIdsByPerson, t.menteeId, t.id);
    roleByPerson.set(t.mentorId, 'mentor');
    roleByPerson.set(t.menteeId, 'mentee');
  }
  const feedbackByPerson = new Map<string, Partial<Record<FeedbackPhase, Feedback>>>();
  for (const f of feedback) {
    if (f.roundId === round.id && roleByPerson.has(f.participantId)) {
      feedbackByPerson.set(f.participantId, { ...feedbackByPerson.get(f.participantId), [f.phase]: f });
    }
  }
  return { tandems: own, meetingsByTandem, tandemIdsByPerson, feedbackByPerson, roleByPerson };
};

/** The first day a tandem runs: the round start, or later when it was formed by re-pairing. */
export const tandemStartDay = (round: Round, tandem: Tandem): number => {
  const start = dayNumber(round.periodStart);
  return tandem.startedOn === undefined ? start : Math.max(start, dayNumber(tandem.startedOn));
};

/** The day figures are computed for: today, capped at the period end (a closed round is judged at its end). */
export const asOfDay = (round: Round, today: string): number => Math.min(dayNumber(today), dayNumber(round.periodEnd));

/** Distinct tandem ids of a list of people, in first-seen order. */
export const tandemsOfPeople = (index: RoundIndex, people: Iterable<string>): string[] => {
  const ids = new Set<string>();
  for (const p of people) {
    for (const id of index.tandemIdsByPerson.get(p) ?? []) {
      ids.add(id);
    }
  }
  return [...ids];
};
