import { describeViolations } from './constraints';
import { createContext, indexPair } from './pairing.context';
import type { PairingContext } from './pairing.context';
import type { ConstraintViolation, PairScore, PairingInput } from './pairing.types';
import { explainScore } from './score';

const lookup = (ctx: PairingContext, mentorId: string, menteeId: string) => {
  const [mi, ei] = indexPair(ctx, mentorId, menteeId);
  const mentor = ctx.mentors[mi];
  const mentee = ctx.mentees[ei];
  const fm = ctx.mentorFeatures[mi];
  const fe = ctx.menteeFeatures[ei];
  if (mentor === undefined || mentee === undefined || fm === undefined || fe === undefined) {
    throw new Error('pairing: index out of range');
  }
  return { mi, ei, mentor, mentee, fm, fe };
};

/**
 * The hard constraints a manual pair would break, for the UI's override
 * warning (empty when the pair is legal). Capacity counts the mentor's other
 * locked pairs in `input.lockedPairs`. Does not build the n² matrices.
 *
 * @throws PairingInputError when an id is unknown or names the wrong role.
 */
export const checkManualPair = (input: PairingInput, mentorId: string, menteeId: string): ConstraintViolation[] => {
  const ctx = createContext({ ...input, lockedPairs: [] });
  const { mi, mentor, mentee, fm, fe } = lookup(ctx, mentorId, menteeId);
  const others = (input.lockedPairs ?? []).filter((l) => l.mentorId === mentorId && l.menteeId !== menteeId);
  const othersCount = new Set(others.map((l) => l.menteeId)).size;
  return describeViolations(
    ctx,
    { person: mentor, features: fm, capacity: ctx.capacities[mi] ?? 1 },
    { person: mentee, features: fe },
    othersCount,
  );
};

/**
 * The explained score of any pair (legal or not), e.g. for a manual pair or a
 * swap preview. Uses the same computation as the solver.
 */
export const scorePair = (input: PairingInput, mentorId: string, menteeId: string): PairScore => {
  const ctx = createContext({ ...input, lockedPairs: [] });
  const { fm, fe } = lookup(ctx, mentorId, menteeId);
  return explainScore(fm, fe, ctx.weights, ctx.tables);
};
