import type { Participant } from '@shared/domain/participants';
import { SEED_TOPICS } from '@shared/domain/topics';
import type {
  AvailabilitySlot,
  PairRef,
  PreviousPair,
  PairingInput,
  PairingParticipant,
  ScoreWeights,
  TopicOffer,
  TopicWant,
} from '@shared/domain/pairing';
import type { Repositories } from '../../db/repositories';
import { readWeights } from './pairing-weights';

export type BuildPairingInputOptions = {
  /** Restrict the run to these people (re-pairing people freed mid-round). */
  onlyParticipantIds?: readonly string[];
  /** Candidate weights instead of the stored ones (weights preview). */
  weights?: ScoreWeights;
  /** Tandems of this round to leave out, e.g. the unlocked proposal that a new run replaces. */
  ignoreTandemIds?: readonly string[];
};

/**
 * What a senior mentee offers in return when they named no management topic themselves: all
 * management topics of the catalogue at a level that grows with their career stage. Without it
 * the reverse fit would be 0 for nearly everyone, since the intake form asks mentees for the
 * digital topics they want, not for what they can teach.
 */
const MANAGEMENT_LEVEL_BY_STAGE: Record<Participant['careerStage'], number> = {
  trainee: 1,
  career_starter: 1,
  high_potential: 2,
  alumnus: 2,
  team_lead: 3,
  manager: 4,
  senior_manager: 5,
  executive: 5,
};

const SLOT_HALF: Record<'morning' | 'afternoon', 'am' | 'pm'> = { morning: 'am', afternoon: 'pm' };

type TopicKinds = ReadonlyMap<string, 'digital' | 'management'>;

/**
 * Maps a stored participant to the engine's shape.
 *
 * - Mentor: digital topics are offers (with level); management topics they rated and
 *   `learnFromOther` are wants (baseline = their level, or 1).
 * - Mentee: digital topics and `learnFromOther` are wants (baseline = level, or 1); management
 *   topics they rated are offers, else every management topic at a level from their career stage.
 */
export function toPairingParticipant(p: Participant, kinds: TopicKinds): PairingParticipant {
  const isDigital = (topicId: string): boolean => kinds.get(topicId) !== 'management';
  const offers: TopicOffer[] = [];
  const wants: TopicWant[] = [];
  const wanted = new Set<string>();
  const want = (topic: string, baseline: number): void => {
    if (!wanted.has(topic)) {
      wanted.add(topic);
      wants.push({ topic, baseline });
    }
  };
  for (const { topicId, level } of p.topics) {
    const teaches = p.role === 'mentor' ? isDigital(topicId) : !isDigital(topicId);
    if (teaches) {
      offers.push({ topic: topicId, level });
    } else {
      want(topicId, level);
    }
  }
  for (const topicId of p.learnFromOther) {
    want(topicId, 1);
  }
  if (p.role === 'mentee' && offers.length === 0) {
    const level = MANAGEMENT_LEVEL_BY_STAGE[p.careerStage];
    for (const [topicId, kind] of kinds) {
      if (kind === 'management' && !wanted.has(topicId)) {
        offers.push({ topic: topicId, level });
      }
    }
  }
  return {
    id: p.id,
    role: p.role,
    name: `${p.firstName} ${p.lastName}`,
    email: p.email,
    department: p.department,
    ...(p.managerEmail ? { managerEmail: p.managerEmail } : {}),
    languages: p.languages,
    ...(p.location ? { location: p.location } : {}),
    format: p.meetingFormat,
    availability: p.availability.map((s): AvailabilitySlot => `${s.day}-${SLOT_HALF[s.slot]}`),
    offers,
    wants,
    consents: {
      voluntary: p.consents.voluntary.given,
      confidentiality: p.consents.confidentiality.given,
      dataProcessing: p.consents.dataProcessing.given,
    },
    ...(p.role === 'mentor' ? { capacity: p.capacity } : {}),
  };
}

/**
 * Turns the stored programme data into the pairing engine's input for one round: the active
 * participants enrolled in it, the org chart, HR's exclusions, pairs from other rounds (and
 * pairs of this round that ended early), the round's locked or confirmed tandems as fixed
 * pairs, and the programme's weights.
 *
 * With `onlyParticipantIds` (re-pairing mid-round) only those people take part; a mentor's
 * running tandems with people outside the set use up capacity instead of appearing as locks,
 * and a mentor with no capacity left is left out.
 */
export async function buildPairingInput(
  repos: Repositories,
  roundId: string,
  options: BuildPairingInputOptions = {},
): Promise<PairingInput> {
  const round = await repos.rounds.require(roundId);
  const [stored, topics, orgLinks, exclusions, tandems, weights] = await Promise.all([
    repos.participants.find({ id: { $in: round.enrolledParticipantIds } }),
    repos.topics.find(),
    repos.orgLinks.find(),
    repos.exclusions.find(),
    repos.tandems.find(),
    options.weights ? Promise.resolve(options.weights) : readWeights(repos),
  ]);
  // The catalogue is seeded lazily; until then the seed's kinds apply.
  const kinds: TopicKinds = new Map([...SEED_TOPICS, ...topics].map((t) => [t.id, t.kind]));
  const only = options.onlyParticipantIds ? new Set(options.onlyParticipantIds) : undefined;
  const ignored = new Set(options.ignoreTandemIds ?? []);

  const active = stored
    .filter((p) => p.status === 'active')
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const enrolled = new Set(active.map((p) => p.id));
  const inRun = (id: string): boolean => enrolled.has(id) && (only === undefined || only.has(id));

  const previousPairs: PreviousPair[] = [];
  const lockedPairs: PairRef[] = [];
  const usedCapacity = new Map<string, number>();
  for (const t of tandems) {
    if (t.roundId !== roundId) {
      previousPairs.push({ mentorId: t.mentorId, menteeId: t.menteeId, roundId: t.roundId });
    } else if (t.status === 'ended_early') {
      previousPairs.push({ mentorId: t.mentorId, menteeId: t.menteeId, roundId });
    } else if (ignored.has(t.id)) {
      continue;
    } else if (t.locked || t.status === 'confirmed') {
      if (inRun(t.mentorId) && inRun(t.menteeId)) {
        lockedPairs.push({ mentorId: t.mentorId, menteeId: t.menteeId });
      } else if (only !== undefined) {
        usedCapacity.set(t.mentorId, (usedCapacity.get(t.mentorId) ?? 0) + 1);
      }
    }
  }

  const participants: PairingParticipant[] = [];
  for (const p of active) {
    if (!inRun(p.id)) {
      continue;
    }
    const mapped = toPairingParticipant(p, kinds);
    const used = usedCapacity.get(p.id) ?? 0;
    if (p.role === 'mentor' && used > 0) {
      const left = p.capacity - used;
      if (left <= 0) {
        continue;
      }
      participants.push({ ...mapped, capacity: left });
      continue;
    }
    participants.push(mapped);
  }
  const ids = new Set(participants.map((p) => p.id));
  return {
    participants,
    orgLinks: orgLinks.map((l) => ({
      employeeEmail: l.employeeEmail,
      managerEmail: l.managerEmail,
    })),
    exclusions: exclusions.map((e) => ({
      mentorId: e.mentorId,
      menteeId: e.menteeId,
      reason: e.reason,
    })),
    previousPairs,
    lockedPairs: lockedPairs.filter((l) => ids.has(l.mentorId) && ids.has(l.menteeId)),
    weights,
  };
}
