import type { BlockInputs } from './constraints';
import { buildBlockMatrix, exclusionMap, previousMap } from './constraints';
import type { FeatureTables, Features } from './features';
import { buildFeatures } from './features';
import { PairingInputError } from './pairing.errors';
import type { PairingInput, PairingParticipant, ScoreWeights } from './pairing.types';
import { buildOrgGraph } from './reporting-chain';
import { resolveWeights } from './score';

/** Mentors take at most this many mentees; more would not be mentoring any more. */
export const MAX_CAPACITY = 5;

/** The validated, indexed form of a {@link PairingInput} that every entry point works on. */
export type PairingContext = BlockInputs & {
  capacities: readonly number[];
  mentorIndex: ReadonlyMap<string, number>;
  menteeIndex: ReadonlyMap<string, number>;
  tables: FeatureTables;
  weights: ScoreWeights;
  /** Locked pairs as [mentorIndex, menteeIndex], deduplicated, sorted. */
  locks: readonly (readonly [number, number])[];
};

const byId = (a: PairingParticipant, b: PairingParticipant): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Validates the input and indexes it. Sorting by id makes everything downstream independent of input order. */
export const createContext = (input: PairingInput): PairingContext => {
  const weights = resolveWeights(input.weights);
  const seen = new Set<string>();
  for (const p of input.participants) {
    if (seen.has(p.id)) {
      throw new PairingInputError('duplicateParticipantId', { participantId: p.id });
    }
    seen.add(p.id);
  }
  const sorted = [...input.participants].sort(byId);
  const mentors = sorted.filter((p) => p.role === 'mentor');
  const mentees = sorted.filter((p) => p.role === 'mentee');
  const capacities = mentors.map((p) => {
    const capacity = p.capacity ?? 1;
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > MAX_CAPACITY) {
      throw new PairingInputError('invalidCapacity', { participantId: p.id, capacity: String(capacity) });
    }
    return capacity;
  });
  const { features, tables } = buildFeatures([...mentors, ...mentees]);
  const mentorFeatures: Features[] = features.slice(0, mentors.length);
  const menteeFeatures: Features[] = features.slice(mentors.length);
  const mentorIndex = new Map(mentors.map((p, i) => [p.id, i]));
  const menteeIndex = new Map(mentees.map((p, i) => [p.id, i]));
  const locks = resolveLocks(input, mentorIndex, menteeIndex);
  return {
    mentors,
    mentees,
    mentorFeatures,
    menteeFeatures,
    capacities,
    mentorIndex,
    menteeIndex,
    tables,
    weights,
    locks,
    graph: buildOrgGraph(sorted, input.orgLinks),
    exclusions: exclusionMap(input.exclusions ?? []),
    previous: previousMap(input.previousPairs ?? []),
    forbidRepeatPairs: input.forbidRepeatPairs ?? true,
  };
};

/** Looks up a mentor and mentee by id, throwing for unknown ids or swapped roles. */
export const indexPair = (
  ctx: Pick<PairingContext, 'mentorIndex' | 'menteeIndex'>,
  mentorId: string,
  menteeId: string,
): [number, number] => {
  const mi = ctx.mentorIndex.get(mentorId);
  const ei = ctx.menteeIndex.get(menteeId);
  if (mi === undefined || ei === undefined) {
    const wrongRole = ctx.menteeIndex.has(mentorId) || ctx.mentorIndex.has(menteeId);
    throw new PairingInputError(wrongRole ? 'wrongRole' : 'unknownParticipant', { mentorId, menteeId });
  }
  return [mi, ei];
};

const resolveLocks = (
  input: PairingInput,
  mentorIndex: ReadonlyMap<string, number>,
  menteeIndex: ReadonlyMap<string, number>,
): [number, number][] => {
  const mentorOf = new Map<number, number>();
  for (const lock of input.lockedPairs ?? []) {
    const [mi, ei] = indexPair({ mentorIndex, menteeIndex }, lock.mentorId, lock.menteeId);
    const existing = mentorOf.get(ei);
    if (existing !== undefined && existing !== mi) {
      // A mentee has one mentor; two locks would be a contradiction HR must resolve.
      throw new PairingInputError('menteeLockedTwice', { menteeId: lock.menteeId });
    }
    mentorOf.set(ei, mi);
  }
  return [...mentorOf].map(([ei, mi]): [number, number] => [mi, ei]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
};

/** Builds the context and its block matrix (the n² part), for the engine. */
export const createSolverContext = (input: PairingInput): PairingContext & { blocked: Uint8Array } => {
  const ctx = createContext(input);
  return { ...ctx, blocked: buildBlockMatrix(ctx) };
};
