import { solveAssignment } from './assignment';
import { describeViolations, missingConsents } from './constraints';
import type { PairingContext } from './pairing.context';
import { createSolverContext } from './pairing.context';
import type { PairingInput, PairingResult, ProposedTandem, UnpairedParticipant } from './pairing.types';
import { explainScore, pointFactors } from './score';
import { MAX_UNITS, UNITS_PER_POINT, fillCosts } from './score.kernel';
import { unpairedReason } from './unpaired-reasons';

const consentFlags = (people: PairingContext['mentors']): Uint8Array =>
  Uint8Array.from(people, (p) => (missingConsents(p.consents).length === 0 ? 1 : 0));

/**
 * Proposes the tandems of a round.
 *
 * 1. HR-locked pairs are fixed first and kept even if they break a hard
 *    constraint (HR overrode it); such tandems carry `violations`.
 * 2. Among everyone else, the engine finds the most tandems that break no hard
 *    constraint (reporting line, exclusion, repeat pair, consent, capacity,
 *    shared language), and among those the highest total score.
 * 3. Everyone left without a tandem gets a reason.
 *
 * Pure and deterministic: the same participants in any order give the same result.
 *
 * @throws PairingInputError for contradictory or invalid input (duplicate ids, NaN weights, …).
 */
export const proposeTandems = (input: PairingInput): PairingResult => {
  const ctx = createSolverContext(input);
  const { mentors, mentees, blocked } = ctx;
  const nm = mentors.length;
  const ne = mentees.length;
  const mentorConsents = consentFlags(mentors);
  const menteeConsents = consentFlags(mentees);

  const tandems: ProposedTandem[] = [];
  const assigned = new Int32Array(nm);
  const menteeDone = new Uint8Array(ne);
  for (const [mi, ei] of ctx.locks) {
    tandems.push(buildTandem(ctx, mi, ei, true, assigned[mi] ?? 0));
    assigned[mi] = (assigned[mi] ?? 0) + 1;
    menteeDone[ei] = 1;
  }

  // Only people who can still form a legal tandem enter the solver.
  const rowMentees: number[] = [];
  const usefulMentor = new Uint8Array(nm);
  for (let e = 0; e < ne; e += 1) {
    if (menteeDone[e] === 1 || menteeConsents[e] !== 1) {
      continue;
    }
    let any = false;
    for (let m = 0; m < nm; m += 1) {
      if (blocked[e * nm + m] === 0 && mentorConsents[m] === 1 && (assigned[m] ?? 0) < (ctx.capacities[m] ?? 1)) {
        any = true;
        usefulMentor[m] = 1;
      }
    }
    if (any) {
      rowMentees.push(e);
    }
  }
  // A mentor with free capacity k is k identical, adjacent columns.
  const slotMentor: number[] = [];
  for (let m = 0; m < nm; m += 1) {
    if (usefulMentor[m] === 1) {
      for (let k = assigned[m] ?? 0; k < (ctx.capacities[m] ?? 1); k += 1) {
        slotMentor.push(m);
      }
    }
  }
  const costs = fillCosts(ctx.mentorFeatures, ctx.menteeFeatures, blocked, rowMentees, slotMentor, pointFactors(ctx.weights));
  const solved = solveAssignment({ rows: rowMentees.length, cols: slotMentor.length, maxCost: MAX_UNITS, costs });
  for (const [row, slot] of solved) {
    const e = rowMentees[row] ?? -1;
    const m = slotMentor[slot] ?? -1;
    tandems.push(buildTandem(ctx, m, e, false, assigned[m] ?? 0));
    assigned[m] = (assigned[m] ?? 0) + 1;
    menteeDone[e] = 1;
  }

  tandems.sort((a, b) => compare(a.mentorId, b.mentorId) || compare(a.menteeId, b.menteeId));
  const reasons = { mentors, mentees, blocked, mentorConsents, menteeConsents };
  const unpaired: UnpairedParticipant[] = [];
  mentors.forEach((p, m) => {
    if (assigned[m] === 0) {
      unpaired.push({ participantId: p.id, role: 'mentor', reason: unpairedReason(reasons, 'mentor', m) });
    }
  });
  mentees.forEach((p, e) => {
    if (menteeDone[e] === 0) {
      unpaired.push({ participantId: p.id, role: 'mentee', reason: unpairedReason(reasons, 'mentee', e) });
    }
  });
  unpaired.sort((a, b) => compare(a.participantId, b.participantId));
  const totalUnitsSum = tandems.reduce((acc, t) => acc + Math.round(t.score.total * UNITS_PER_POINT), 0);
  return { tandems, unpaired, totalScore: totalUnitsSum / UNITS_PER_POINT, weights: ctx.weights };
};

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const buildTandem = (ctx: PairingContext, m: number, e: number, locked: boolean, alreadyAssigned: number): ProposedTandem => {
  const mentor = ctx.mentors[m];
  const mentee = ctx.mentees[e];
  const fm = ctx.mentorFeatures[m];
  const fe = ctx.menteeFeatures[e];
  if (mentor === undefined || mentee === undefined || fm === undefined || fe === undefined) {
    throw new Error(`pairing engine: index out of range (${m}, ${e})`);
  }
  // Solver tandems are legal by construction; recomputing their violations is a cheap double check.
  const violations = describeViolations(
    ctx,
    { person: mentor, features: fm, capacity: ctx.capacities[m] ?? 1 },
    { person: mentee, features: fe },
    alreadyAssigned,
  );
  if (!locked && violations.length > 0) {
    throw new Error(`pairing engine produced an illegal tandem ${mentor.id}/${mentee.id}: ${violations.map((v) => v.code).join(',')}`);
  }
  return {
    mentorId: mentor.id,
    menteeId: mentee.id,
    score: explainScore(fm, fe, ctx.weights, ctx.tables),
    locked,
    violations,
  };
};
