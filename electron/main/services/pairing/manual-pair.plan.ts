import { checkManualPair, scorePair } from '@shared/domain/pairing';
import type { ConstraintViolation, PairScore, PairingInput } from '@shared/domain/pairing';
import { JUSTIFICATION_MIN_LENGTH } from '@shared/ipc/domains/pairing.contract';
import type { Repositories } from '../../db/repositories';
import { AppError } from '../../ipc/errors';
import { buildPairingInput } from './pairing-input';
import { activeTandems } from './pairing-view';
import type { StoredTandem } from './pairing-view';

export type ManualPairPlan = {
  input: PairingInput;
  /** Unlocked proposed tandems the new pair replaces (the mentee's, and the mentor's if full). */
  replaced: StoredTandem[];
  violations: ConstraintViolation[];
  score: PairScore;
};

const byNewest = (a: StoredTandem, b: StoredTandem): number =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;

/**
 * What pairing two people by hand would do: which proposed tandems give way, which hard rules
 * the pair breaks (capacity counts the mentor's locked and confirmed tandems), and its score.
 *
 * @throws AppError `pairing.not_enrolled` when either is not an active participant of the
 *   round in the right role; `pairing.mentee_already_paired` when the mentee has a locked or
 *   confirmed tandem.
 */
export async function planManualPair(
  repos: Repositories,
  roundId: string,
  mentorId: string,
  menteeId: string,
): Promise<ManualPairPlan> {
  const tandems = await activeTandems(repos, roundId);
  const isFixed = (t: StoredTandem): boolean => t.locked || t.status !== 'proposed';
  const ofMentee = tandems.filter((t) => t.menteeId === menteeId);
  if (ofMentee.some(isFixed)) {
    throw new AppError('pairing.mentee_already_paired', 'The mentee already has a fixed tandem.');
  }
  const replaced = [...ofMentee];
  const mentor = await repos.participants.get(mentorId);
  const mentorTandems = tandems.filter((t) => t.mentorId === mentorId && t.menteeId !== menteeId);
  const fixedCount = mentorTandems.filter(isFixed).length;
  const loose = mentorTandems.filter((t) => !isFixed(t)).sort(byNewest);
  const capacity = mentor?.capacity ?? 1;
  // Free the mentor's proposed tandems until the new pair fits beside the fixed ones.
  const keepLoose = Math.max(0, capacity - 1 - fixedCount);
  replaced.push(...loose.slice(keepLoose));

  const input = await buildPairingInput(repos, roundId, {
    ignoreTandemIds: replaced.map((t) => t.id),
  });
  const roles = new Map(input.participants.map((p) => [p.id, p.role]));
  if (roles.get(mentorId) !== 'mentor' || roles.get(menteeId) !== 'mentee') {
    throw new AppError(
      'pairing.not_enrolled',
      'Both people must be active participants of the round.',
    );
  }
  return {
    input,
    replaced,
    violations: checkManualPair(input, mentorId, menteeId),
    score: scorePair(input, mentorId, menteeId),
  };
}

/**
 * Refuses an override without a written reason.
 *
 * @throws AppError `pairing.justification_required` with the broken rules (`violations`, comma
 *   separated codes) and their `count`.
 */
export function requireJustification(
  violations: readonly ConstraintViolation[],
  justification: string | undefined,
): string {
  const text = (justification ?? '').trim();
  if (violations.length > 0 && text.length < JUSTIFICATION_MIN_LENGTH) {
    throw new AppError(
      'pairing.justification_required',
      'Breaking a pairing rule needs a written justification.',
      {
        violations: violations.map((v) => v.code).join(','),
        count: violations.length,
        min: JUSTIFICATION_MIN_LENGTH,
      },
    );
  }
  return violations.length > 0 ? text : '';
}
