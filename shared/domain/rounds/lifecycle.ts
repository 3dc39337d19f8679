import type { EndReason, Round, RoundStatus, Tandem } from './round.schema';
import { RoundsError } from './rounds.errors';

/**
 * Lifecycle rules of rounds and tandems, as pure functions that return new
 * objects. The service layer calls them on every write, so no caller (IPC
 * included) can bypass a rule by sending a finished record.
 */

/** Allowed next statuses. A closed round never opens again: its report has gone to management. */
export const ROUND_TRANSITIONS: Readonly<Record<RoundStatus, readonly RoundStatus[]>> = {
  planning: ['active'],
  active: ['closed'],
  closed: [],
};

export const canTransitionRound = (from: RoundStatus, to: RoundStatus): boolean => ROUND_TRANSITIONS[from].includes(to);

/**
 * Throws unless the round may still be changed. Call before any write that
 * touches the round or anything in it (tandems, meetings, feedback, enrolment).
 *
 * @throws RoundsError `round.closed` with `{ roundId }`.
 */
export const assertRoundEditable = (round: Pick<Round, 'id' | 'status'>): void => {
  if (round.status === 'closed') {
    throw new RoundsError('round.closed', { roundId: round.id });
  }
};

/**
 * The round in its next status.
 *
 * @throws RoundsError `round.closed` when the round is closed, `round.invalidTransition`
 *   (with `{ from, to }`) for any other step than planning → active → closed.
 */
export const transitionRound = <R extends Round>(round: R, to: RoundStatus): R => {
  assertRoundEditable(round);
  if (!canTransitionRound(round.status, to)) {
    throw new RoundsError('round.invalidTransition', { from: round.status, to });
  }
  return { ...round, status: to };
};

const isActiveTandem = (t: Pick<Tandem, 'status'>): boolean => t.status !== 'ended_early';

/** HR accepts a proposed tandem. Confirming a confirmed one is a no-op. */
export const confirmTandem = <T extends Tandem>(round: Pick<Round, 'id' | 'status'>, tandem: T): T => {
  assertRoundEditable(round);
  if (tandem.roundId !== round.id) {
    throw new RoundsError('tandem.wrongRound', { tandemId: tandem.id, roundId: round.id });
  }
  if (!isActiveTandem(tandem)) {
    throw new RoundsError('tandem.notActive', { tandemId: tandem.id });
  }
  return { ...tandem, status: 'confirmed' };
};

export type EndTandemInput = { reason: EndReason | undefined; note?: string; endedOn: string };

/**
 * Ends a tandem before the round is over. A reason code is mandatory (and a
 * note for `other`), so reports can say why tandems stopped.
 *
 * @throws RoundsError `round.closed`, `tandem.wrongRound`, `tandem.notActive`
 *   (already ended), `tandem.endReasonRequired` (no reason, or `other` without note).
 */
export const endTandemEarly = <T extends Tandem>(round: Pick<Round, 'id' | 'status'>, tandem: T, input: EndTandemInput): T => {
  assertRoundEditable(round);
  if (tandem.roundId !== round.id) {
    throw new RoundsError('tandem.wrongRound', { tandemId: tandem.id, roundId: round.id });
  }
  if (!isActiveTandem(tandem)) {
    throw new RoundsError('tandem.notActive', { tandemId: tandem.id });
  }
  const note = input.note?.trim();
  if (input.reason === undefined || (input.reason === 'other' && (note ?? '') === '')) {
    throw new RoundsError('tandem.endReasonRequired', { tandemId: tandem.id });
  }
  const ending = note === undefined || note === '' ? { reason: input.reason, endedOn: input.endedOn } : { reason: input.reason, note, endedOn: input.endedOn };
  return { ...tandem, status: 'ended_early', ending };
};

/** A person whose tandem ended early and who may be paired again. */
export type FreedPerson = {
  participantId: string;
  /** Tandems of this person that ended early in the round. */
  endedTandemIds: readonly string[];
  /** Tandems still running (a mentor with capacity 2 may keep one). */
  activeTandems: number;
};

export type FreedForRepairing = {
  mentors: readonly FreedPerson[];
  /** Only mentees with no running tandem: a mentee has exactly one mentor. */
  mentees: readonly FreedPerson[];
  /**
   * The pairs that ended, to pass to the pairing engine as `previousPairs`,
   * so it does not propose the same two again.
   */
  endedPairs: readonly { mentorId: string; menteeId: string }[];
};

/**
 * Who is free for re-pairing in a round: everyone in a tandem that ended
 * early, less mentees who already have a new tandem. Mentors are listed with
 * their running tandems so the caller can subtract them from capacity.
 * Sorted by participant id so the pairing run is deterministic.
 */
export const peopleFreedForRepairing = (tandems: readonly Tandem[]): FreedForRepairing => {
  const ended = new Map<string, string[]>();
  const active = new Map<string, number>();
  const endedPairs: { mentorId: string; menteeId: string }[] = [];
  const mentorIds = new Set<string>();
  const menteeIds = new Set<string>();
  for (const t of tandems) {
    if (isActiveTandem(t)) {
      active.set(t.mentorId, (active.get(t.mentorId) ?? 0) + 1);
      active.set(t.menteeId, (active.get(t.menteeId) ?? 0) + 1);
      continue;
    }
    endedPairs.push({ mentorId: t.mentorId, menteeId: t.menteeId });
    mentorIds.add(t.mentorId);
    menteeIds.add(t.menteeId);
    for (const id of [t.mentorId, t.menteeId]) {
      ended.set(id, [...(ended.get(id) ?? []), t.id]);
    }
  }
  const person = (id: string): FreedPerson => ({ participantId: id, endedTandemIds: ended.get(id) ?? [], activeTandems: active.get(id) ?? 0 });
  const byId = (a: FreedPerson, b: FreedPerson): number => (a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0);
  return {
    mentors: [...mentorIds].map(person).sort(byId),
    mentees: [...menteeIds].map(person).filter((p) => p.activeTandems === 0).sort(byId),
    endedPairs,
  };
};
