import { checkManualPair, scorePair } from '@shared/domain/pairing';
import type { ConstraintViolation, PairScore, ScoreWeights } from '@shared/domain/pairing';
import { assertRoundEditable, confirmTandem } from '@shared/domain/rounds';
import type {
  PairCheck,
  PairingOverview,
  WeightsPreview,
} from '@shared/ipc/domains/pairing.contract';
import type { Repositories } from '../../db/repositories';
import { AppError } from '../../ipc/errors';
import type { ServiceContext } from '../service-context';
import { planManualPair, requireJustification } from './manual-pair.plan';
import { buildPairingInput } from './pairing-input';
import { readWeights, validateWeights, writeWeights } from './pairing-weights';
import { activeTandems, buildOverview, runEngine, toPerson } from './pairing-view';
import type { StoredBreakdown, StoredTandem } from './pairing-view';

const breakdownOf = (
  score: PairScore,
  violations: readonly ConstraintViolation[] = [],
): StoredBreakdown =>
  violations.length > 0
    ? { total: score.total, parts: score.parts, violationDetails: violations }
    : { total: score.total, parts: score.parts };

const isUnlockedProposal = (t: StoredTandem): boolean => t.status === 'proposed' && !t.locked;

const pairKey = (mentorId: string, menteeId: string): string => `${mentorId}\u0000${menteeId}`;

/**
 * The pairing workflow of a round: propose, adjust (lock, swap, pair by hand, remove), confirm,
 * and the programme's score weights. Every write checks that the round is not closed.
 */
export function createPairingService(context: ServiceContext) {
  const repos = (): Repositories => context.repos();

  async function editableRound(roundId: string) {
    const round = await repos().rounds.require(roundId);
    assertRoundEditable(round);
    return round;
  }

  async function tandemInEditableRound(tandemId: string): Promise<StoredTandem> {
    const tandem = await repos().tandems.require(tandemId);
    await editableRound(tandem.roundId);
    return tandem;
  }

  async function pairEmailNames(): Promise<Record<string, string>> {
    const names: Record<string, string> = {};
    for (const p of await repos().participants.find()) {
      names[p.email] = `${p.firstName} ${p.lastName}`;
    }
    return names;
  }

  async function planSwap(tandemIdA: string, tandemIdB: string) {
    const a = await tandemInEditableRound(tandemIdA);
    const b = await repos().tandems.require(tandemIdB);
    if (a.id === b.id || a.roundId !== b.roundId) {
      throw new AppError('pairing.swap_invalid', 'Choose two different tandems of the same round.');
    }
    if (a.status !== 'proposed' || b.status !== 'proposed') {
      throw new AppError('pairing.not_proposed', 'Only proposed tandems can be changed here.');
    }
    const input = await buildPairingInput(repos(), a.roundId, { ignoreTandemIds: [a.id, b.id] });
    const ids = new Set(input.participants.map((p) => p.id));
    if (![a.mentorId, a.menteeId, b.mentorId, b.menteeId].every((id) => ids.has(id))) {
      throw new AppError(
        'pairing.not_enrolled',
        'Both tandems must consist of active participants of the round.',
      );
    }
    const next = [
      { tandem: a, mentorId: b.mentorId },
      { tandem: b, mentorId: a.mentorId },
    ].map(({ tandem, mentorId }) => ({
      tandem,
      mentorId,
      violations: checkManualPair(input, mentorId, tandem.menteeId),
      score: scorePair(input, mentorId, tandem.menteeId),
    }));
    return { a, next };
  }

  return {
    overview: (roundId: string): Promise<PairingOverview> => buildOverview(repos(), roundId),

    /** Replaces the round's unlocked proposed tandems with a fresh proposal; locked and confirmed ones stay. */
    async propose(roundId: string): Promise<PairingOverview> {
      await editableRound(roundId);
      const r = repos();
      context.progress('pairing.propose', 0, 2);
      const replaced = (await activeTandems(r, roundId)).filter(isUnlockedProposal);
      const input = await buildPairingInput(r, roundId, {
        ignoreTandemIds: replaced.map((t) => t.id),
      });
      const result = runEngine(input);
      context.progress('pairing.propose', 1, 2);
      if (replaced.length > 0) {
        await r.tandems.removeWhere(
          { id: { $in: replaced.map((t) => t.id) } },
          'pairing.proposal_replaced',
        );
      }
      const createdAt = context.now().toISOString();
      const fresh = result.tandems
        .filter((t) => !t.locked)
        .map((t) => ({
          roundId,
          mentorId: t.mentorId,
          menteeId: t.menteeId,
          score: t.score.total,
          breakdown: breakdownOf(t.score),
          locked: false,
          status: 'proposed',
          violations: [],
          createdAt,
        }));
      if (fresh.length > 0) {
        await r.tandems.insertMany(fresh, 'pairing.proposed');
      }
      context.progress('pairing.propose', 2, 2);
      return buildOverview(r, roundId);
    },

    async setLocked(tandemId: string, locked: boolean): Promise<PairingOverview> {
      const tandem = await tandemInEditableRound(tandemId);
      await repos().tandems.update(
        tandemId,
        { locked },
        { action: locked ? 'tandem.locked' : 'tandem.unlocked' },
      );
      return buildOverview(repos(), tandem.roundId);
    },

    /**
     * Swaps the mentors of two proposed tandems and re-scores both. Both stay locked afterwards
     * (HR chose them). A swap that breaks a hard rule needs a justification and is flagged.
     */
    async swapMentors(
      tandemIdA: string,
      tandemIdB: string,
      justification?: string,
    ): Promise<PairingOverview> {
      const { a, next } = await planSwap(tandemIdA, tandemIdB);
      const r = repos();
      const text = requireJustification(
        next.flatMap((n) => n.violations),
        justification,
      );
      for (const n of next) {
        await r.tandems.update(
          n.tandem.id,
          {
            mentorId: n.mentorId,
            score: n.score.total,
            breakdown: breakdownOf(n.score, n.violations),
            violations: n.violations.map((v) => v.code),
            overrideJustification: n.violations.length > 0 ? text : '',
            locked: true,
          },
          { action: 'tandem.mentors_swapped', flagged: n.violations.length > 0 },
        );
      }
      return buildOverview(r, a.roundId);
    },

    /** The two tandems a swap would create, with the rules they break; changes nothing. */
    async checkSwap(tandemIdA: string, tandemIdB: string): Promise<PairCheck[]> {
      const { next } = await planSwap(tandemIdA, tandemIdB);
      const r = repos();
      const emailNames = await pairEmailNames();
      return Promise.all(
        next.map(async (n) => ({
          mentor: toPerson(await r.participants.require(n.mentorId)),
          mentee: toPerson(await r.participants.require(n.tandem.menteeId)),
          violations: n.violations,
          score: n.score,
          emailNames,
        })),
      );
    },

    /** What pairing two people by hand would break, and how well they would fit. */
    async checkPair(roundId: string, mentorId: string, menteeId: string): Promise<PairCheck> {
      const r = repos();
      const plan = await planManualPair(r, roundId, mentorId, menteeId);
      const [mentor, mentee] = await Promise.all([
        r.participants.require(mentorId),
        r.participants.require(menteeId),
      ]);
      return {
        mentor: toPerson(mentor),
        mentee: toPerson(mentee),
        violations: plan.violations,
        score: plan.score,
        emailNames: await pairEmailNames(),
      };
    },

    /**
     * Pairs two people by hand as a locked tandem, replacing their unlocked proposals. Breaking a
     * hard rule needs a written justification; the tandem keeps the broken rules and the audit
     * entry is flagged.
     */
    async manualPair(
      roundId: string,
      mentorId: string,
      menteeId: string,
      justification?: string,
    ): Promise<PairingOverview> {
      await editableRound(roundId);
      const r = repos();
      const plan = await planManualPair(r, roundId, mentorId, menteeId);
      const text = requireJustification(plan.violations, justification);
      if (plan.replaced.length > 0) {
        await r.tandems.removeWhere(
          { id: { $in: plan.replaced.map((t) => t.id) } },
          'pairing.proposal_replaced',
        );
      }
      const flagged = plan.violations.length > 0;
      await r.tandems.insert(
        {
          roundId,
          mentorId,
          menteeId,
          score: plan.score.total,
          breakdown: breakdownOf(plan.score, plan.violations),
          locked: true,
          status: 'proposed',
          violations: plan.violations.map((v) => v.code),
          ...(flagged ? { overrideJustification: text } : {}),
          createdAt: context.now().toISOString(),
        },
        {
          action: flagged ? 'tandem.manual_override' : 'tandem.manual_pair',
          flagged,
          details: flagged ? { violations: plan.violations.map((v) => v.code).join(',') } : {},
        },
      );
      return buildOverview(r, roundId);
    },

    async removeTandem(tandemId: string): Promise<PairingOverview> {
      const tandem = await tandemInEditableRound(tandemId);
      if (tandem.status !== 'proposed') {
        throw new AppError('pairing.not_proposed', 'Only proposed tandems can be removed here.');
      }
      await repos().tandems.remove(tandemId, 'pairing.tandem_removed');
      return buildOverview(repos(), tandem.roundId);
    },

    /** Confirms every proposed tandem of the round. */
    async confirm(roundId: string): Promise<PairingOverview> {
      const round = await editableRound(roundId);
      const r = repos();
      const proposed = (await r.tandems.find({ roundId })).filter((t) => t.status === 'proposed');
      if (proposed.length === 0) {
        throw new AppError('pairing.nothing_to_confirm', 'There is no proposed tandem to confirm.');
      }
      for (const tandem of proposed) {
        const confirmed = confirmTandem(round, tandem);
        await r.tandems.update(
          tandem.id,
          { status: confirmed.status },
          { action: 'tandem.confirmed' },
        );
      }
      return buildOverview(r, roundId);
    },

    getWeights: (): Promise<ScoreWeights> => readWeights(repos()),
    setWeights: (weights: ScoreWeights): Promise<ScoreWeights> => writeWeights(repos(), weights),

    /** The proposal candidate weights would give, compared with the round's current tandems; saves nothing. */
    async previewWeights(roundId: string, weights: ScoreWeights): Promise<WeightsPreview> {
      const valid = validateWeights(weights);
      const r = repos();
      const current = await activeTandems(r, roundId);
      const input = await buildPairingInput(r, roundId, {
        weights: valid,
        ignoreTandemIds: current.filter(isUnlockedProposal).map((t) => t.id),
      });
      const result = runEngine(input);
      const currentPairs = new Set(current.map((t) => pairKey(t.mentorId, t.menteeId)));
      return {
        tandemCount: result.tandems.length,
        totalScore: result.totalScore,
        currentTandemCount: current.length,
        currentTotalScore: Math.round(current.reduce((sum, t) => sum + t.score, 0) * 1000) / 1000,
        changedPairs: result.tandems.filter(
          (t) => !currentPairs.has(pairKey(t.mentorId, t.menteeId)),
        ).length,
      };
    },
  };
}

export type PairingService = ReturnType<typeof createPairingService>;
