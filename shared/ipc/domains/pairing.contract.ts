import { z } from 'zod';
import type {
  ConstraintViolation,
  PairScore,
  Role,
  ScoreWeights,
  UnpairedReason,
} from '../../domain/pairing';
import type { RoundStatus, TandemStatus } from '../../domain/rounds';
import { none, out } from '../method';
import type { MethodSpec } from '../method';
import type { PAIRING_CHANNELS } from './pairing.channels';

/** Shortest written justification HR must give to override a hard pairing rule. */
export const JUSTIFICATION_MIN_LENGTH = 10;
export const JUSTIFICATION_MAX_LENGTH = 1000;
export const EXCLUSION_REASON_MAX_LENGTH = 500;

const Id = z.string().trim().min(1).max(200);
const RoundRef = z.object({ roundId: Id });
const Weight = z.number().min(0).max(100);

/** A full set of weights, one per score part (0…100 each; only the ratios matter). */
export const WeightsInputSchema = z.object({
  topicFit: Weight,
  reverseFit: Weight,
  differentDepartment: Weight,
  sharedLanguage: Weight,
  formatLocation: Weight,
  availability: Weight,
});

const Justification = z.string().trim().max(JUSTIFICATION_MAX_LENGTH).optional();

/** A participant as the pairing screen shows them. */
export type PairingPerson = {
  id: string;
  name: string;
  department: string;
  role: Role;
  email: string;
};

/** A tandem of the round with everything the "Why?" popover needs. */
export type PairingTandemView = {
  id: string;
  mentor: PairingPerson;
  mentee: PairingPerson;
  score: number;
  /** The engine's explanation; null for tandems stored without one. */
  breakdown: PairScore | null;
  locked: boolean;
  status: TandemStatus;
  /** Hard rules HR overrode for this tandem (with details such as the reporting chain). */
  violations: readonly ConstraintViolation[];
  justification: string | null;
};

/** `notProposed`: could be paired, but is not in the current proposal (e.g. after a removal). */
export type UnpairedViewReason = UnpairedReason | { code: 'notProposed' };

export type PairingUnpairedView = { person: PairingPerson; reason: UnpairedViewReason };

/** The pairing state of one round. */
export type PairingOverview = {
  round: { id: string; name: string; status: RoundStatus };
  /** Active participants enrolled in the round. */
  enrolledCount: number;
  tandems: readonly PairingTandemView[];
  unpaired: readonly PairingUnpairedView[];
  totalScore: number;
  mentors: readonly PairingPerson[];
  mentees: readonly PairingPerson[];
  /** Names for the emails of reporting chains (participants only; others stay emails). */
  emailNames: Readonly<Record<string, string>>;
};

/** What a manual pair (or a swap) would break, and how well it would fit. */
export type PairCheck = {
  mentor: PairingPerson;
  mentee: PairingPerson;
  violations: readonly ConstraintViolation[];
  score: PairScore;
  emailNames: Readonly<Record<string, string>>;
};

/** How candidate weights would change the proposal of a round (nothing is saved). */
export type WeightsPreview = {
  tandemCount: number;
  totalScore: number;
  currentTandemCount: number;
  currentTotalScore: number;
  /** Tandems of the preview that are not in the current proposal. */
  changedPairs: number;
};

export type ExclusionView = {
  id: string;
  mentor: PairingPerson | null;
  mentee: PairingPerson | null;
  reason: string;
};

export const pairingContract = {
  /** The round's tandems, unpaired people with reasons, and who can be paired. */
  'pairing:overview': { input: RoundRef, output: out<PairingOverview>() },
  /** Replaces the round's unlocked proposed tandems with a new proposal; locked and confirmed stay. */
  'pairing:propose': { input: RoundRef, output: out<PairingOverview>() },
  'pairing:setLocked': {
    input: z.object({ tandemId: Id, locked: z.boolean() }),
    output: out<PairingOverview>(),
  },
  /** Swaps the mentors of two tandems of one round; breaking a hard rule needs a justification. */
  'pairing:swapMentors': {
    input: z.object({ tandemIdA: Id, tandemIdB: Id, justification: Justification }),
    output: out<PairingOverview>(),
  },
  /** The two tandems a swap would create and the rules they break; changes nothing. */
  'pairing:checkSwap': {
    input: z.object({ tandemIdA: Id, tandemIdB: Id }),
    output: out<PairCheck[]>(),
  },
  'pairing:checkPair': {
    input: z.object({ roundId: Id, mentorId: Id, menteeId: Id }),
    output: out<PairCheck>(),
  },
  /** Pairs two people by hand (locked); breaking a hard rule needs a justification and is flagged. */
  'pairing:manualPair': {
    input: z.object({ roundId: Id, mentorId: Id, menteeId: Id, justification: Justification }),
    output: out<PairingOverview>(),
  },
  'pairing:removeTandem': { input: z.object({ tandemId: Id }), output: out<PairingOverview>() },
  /** Turns every proposed tandem of the round into a confirmed one. */
  'pairing:confirm': { input: RoundRef, output: out<PairingOverview>() },
  'pairing:getWeights': { input: none, output: out<ScoreWeights>() },
  'pairing:setWeights': { input: WeightsInputSchema, output: out<ScoreWeights>() },
  'pairing:previewWeights': {
    input: z.object({ roundId: Id, weights: WeightsInputSchema }),
    output: out<WeightsPreview>(),
  },
  'exclusions:list': { input: none, output: out<ExclusionView[]>() },
  /** HR forbids a pair (either direction); an unlocked proposed tandem of the two is removed. */
  'exclusions:create': {
    input: z.object({
      mentorId: Id,
      menteeId: Id,
      reason: z.string().trim().min(1).max(EXCLUSION_REASON_MAX_LENGTH),
    }),
    output: out<ExclusionView>(),
  },
  'exclusions:remove': { input: z.object({ id: Id }), output: out<null>() },
} satisfies { [C in (typeof PAIRING_CHANNELS)[number]]: MethodSpec };
