import { PairingInputError, proposeTandems } from '@shared/domain/pairing';
import type {
  ConstraintViolation,
  PairScore,
  PairingInput,
  PairingResult,
} from '@shared/domain/pairing';
import type { Participant } from '@shared/domain/participants';
import type { Tandem } from '@shared/domain/rounds';
import type {
  PairingOverview,
  PairingPerson,
  PairingTandemView,
  PairingUnpairedView,
} from '@shared/ipc/domains/pairing.contract';
import type { Repositories } from '../../db/repositories';
import type { Stored } from '../../db/repositories/document.repository';
import { AppError } from '../../ipc/errors';
import { buildPairingInput } from './pairing-input';

export type StoredTandem = Stored<Tandem>;

/** What the engine keeps next to the score in a tandem's `breakdown`. */
export type StoredBreakdown = {
  total: number;
  parts: PairScore['parts'];
  violationDetails?: readonly ConstraintViolation[];
};

/** Runs the engine; its input errors are bugs of ours, reported as one stable code rather than `internal`. */
export function runEngine(input: PairingInput): PairingResult {
  try {
    return proposeTandems(input);
  } catch (error) {
    if (error instanceof PairingInputError) {
      throw new AppError('pairing.engine_input', error.message, { reason: error.code });
    }
    throw error;
  }
}

export function toPerson(
  p: Pick<Participant, 'id' | 'firstName' | 'lastName' | 'department' | 'role' | 'email'>,
): PairingPerson {
  return {
    id: p.id,
    name: `${p.firstName} ${p.lastName}`,
    department: p.department,
    role: p.role,
    email: p.email,
  };
}

const unknownPerson = (id: string, role: PairingPerson['role']): PairingPerson => ({
  id,
  name: id,
  department: '',
  role,
  email: '',
});

/** The stored score explanation, if the tandem has one. */
export function readBreakdown(t: Pick<StoredTandem, 'breakdown' | 'score'>): StoredBreakdown | null {
  const b = t.breakdown as Partial<StoredBreakdown>;
  if (!Array.isArray(b.parts)) {
    return null;
  }
  // Re-paired tandems (rounds area) store the parts without the total; the score is the total.
  return { ...b, total: typeof b.total === 'number' ? b.total : t.score, parts: b.parts };
}

/** Tandems of a round that still count (not ended early). */
export async function activeTandems(repos: Repositories, roundId: string): Promise<StoredTandem[]> {
  const all = await repos.tandems.find({ roundId });
  return all.filter((t) => t.status !== 'ended_early');
}

/**
 * The pairing state of a round. The unpaired reasons are recomputed now: the engine runs with
 * every current tandem fixed, so a reason is always true for the data as it is. Someone it
 * could still pair gets `notProposed` instead of being paired silently.
 */
export async function buildOverview(
  repos: Repositories,
  roundId: string,
): Promise<PairingOverview> {
  const round = await repos.rounds.require(roundId);
  const [everyone, tandems] = await Promise.all([
    repos.participants.find(),
    activeTandems(repos, roundId),
  ]);
  // Everyone, not just the enrolled: reporting chains run through people outside the round.
  const people = new Map(everyone.map((p) => [p.id, p]));
  const enrolledIds = new Set(round.enrolledParticipantIds);
  const enrolled = everyone.filter((p) => enrolledIds.has(p.id) && p.status === 'active');

  const input = await buildPairingInput(repos, roundId, {
    ignoreTandemIds: tandems.map((t) => t.id),
  });
  const ids = new Set(input.participants.map((p) => p.id));
  const seenMentees = new Set<string>();
  const locks = tandems
    .filter(
      (t) =>
        ids.has(t.mentorId) &&
        ids.has(t.menteeId) &&
        !seenMentees.has(t.menteeId) &&
        seenMentees.add(t.menteeId),
    )
    .map((t) => ({ mentorId: t.mentorId, menteeId: t.menteeId }));
  const result = runEngine({ ...input, lockedPairs: locks });
  const reasons = new Map(result.unpaired.map((u) => [u.participantId, u.reason]));
  const paired = new Set(tandems.flatMap((t) => [t.mentorId, t.menteeId]));

  const person = (id: string, role: PairingPerson['role']): PairingPerson => {
    const p = people.get(id);
    return p ? toPerson(p) : unknownPerson(id, role);
  };
  const tandemViews: PairingTandemView[] = tandems
    .map((t): PairingTandemView => {
      const breakdown = readBreakdown(t);
      return {
        id: t.id,
        mentor: person(t.mentorId, 'mentor'),
        mentee: person(t.menteeId, 'mentee'),
        score: t.score,
        breakdown: breakdown ? { total: breakdown.total, parts: breakdown.parts } : null,
        locked: t.locked,
        status: t.status,
        violations: breakdown?.violationDetails ?? t.violations.map(codeOnlyViolation),
        justification: t.overrideJustification || null,
      };
    })
    .sort(
      (a, b) =>
        a.mentor.name.localeCompare(b.mentor.name) || a.mentee.name.localeCompare(b.mentee.name),
    );

  const unpaired: PairingUnpairedView[] = enrolled
    .filter((p) => !paired.has(p.id))
    .map((p) => ({
      person: toPerson(p),
      reason: reasons.get(p.id) ?? { code: 'notProposed' as const },
    }))
    .sort((a, b) => a.person.name.localeCompare(b.person.name));

  const byName = (a: PairingPerson, b: PairingPerson): number => a.name.localeCompare(b.name);
  const emailNames: Record<string, string> = {};
  for (const p of people.values()) {
    emailNames[p.email] = `${p.firstName} ${p.lastName}`;
  }
  return {
    round: { id: round.id, name: round.name, status: round.status },
    enrolledCount: enrolled.length,
    tandems: tandemViews,
    unpaired,
    totalScore: Math.round(tandems.reduce((sum, t) => sum + t.score, 0) * 1000) / 1000,
    mentors: enrolled
      .filter((p) => p.role === 'mentor')
      .map(toPerson)
      .sort(byName),
    mentees: enrolled
      .filter((p) => p.role === 'mentee')
      .map(toPerson)
      .sort(byName),
    emailNames,
  };
}

/** Tandems stored before details were kept show their violation codes without details. */
function codeOnlyViolation(code: StoredTandem['violations'][number]): ConstraintViolation {
  switch (code) {
    case 'reportingLine':
      return { code, chain: [] };
    case 'missingConsent':
      return { code, participantId: '', missing: [] };
    case 'mentorCapacity':
      return { code, capacity: 0, assigned: 0 };
    default:
      return { code };
  }
}
