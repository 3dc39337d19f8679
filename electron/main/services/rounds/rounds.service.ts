import { transitionRound } from '@shared/domain/rounds';
import type { RoundStatus } from '@shared/domain/rounds';
import type {
  EnrolCandidate,
  HistoryEntry,
  RoundCounts,
  RoundCreateInput,
  RoundPatch,
  RoundSummary,
} from '@shared/ipc/domains/rounds.contract';
import type { Repositories } from '../../db/repositories';
import { AppError } from '../../ipc/errors';
import { loadEditableRound, loadRound, peopleById, personOf } from './round-access';
import type { StoredRound } from './round-access';

/**
 * Rounds (cohorts): create, edit while not closed, enrol active participants, move through
 * planning → active → closed, and the pairing history across rounds.
 */
export function createRoundsService(repos: () => Repositories, now: () => Date) {
  async function counts(round: StoredRound): Promise<RoundCounts> {
    const r = repos();
    const tandems = await r.tandems.find({ roundId: round.id });
    const meetings = await r.meetings.find({ roundId: round.id });
    return {
      enrolled: round.enrolledParticipantIds.length,
      tandems: tandems.filter((t) => t.status !== 'ended_early').length,
      confirmed: tandems.filter((t) => t.status === 'confirmed').length,
      meetingsPlanned: meetings.length,
      meetingsHeld: meetings.filter((m) => m.state === 'held').length,
    };
  }

  async function summary(round: StoredRound): Promise<RoundSummary> {
    return { ...round, counts: await counts(round) };
  }

  async function assertActiveParticipants(ids: readonly string[]): Promise<void> {
    const found = await repos().participants.find({ id: { $in: [...ids] } });
    const active = new Set(found.filter((p) => p.status === 'active').map((p) => p.id));
    const missing = ids.find((id) => !active.has(id));
    if (missing !== undefined) {
      throw new AppError('round.participantNotActive', 'Only active participants can be enrolled.');
    }
  }

  return {
    /** All rounds, newest period first, with counts. */
    async list(): Promise<RoundSummary[]> {
      const rounds = (await repos().rounds.find()) as StoredRound[];
      rounds.sort(
        (a, b) => b.periodStart.localeCompare(a.periodStart) || a.name.localeCompare(b.name),
      );
      return Promise.all(rounds.map(summary));
    },

    async get(roundId: string): Promise<RoundSummary> {
      return summary(await loadRound(repos(), roundId));
    },

    /** A new round in status planning, with nobody enrolled yet. */
    async create(input: RoundCreateInput): Promise<RoundSummary> {
      const round = (await repos().rounds.insert({
        ...input,
        status: 'planning',
        enrolledParticipantIds: [],
        createdAt: now().toISOString(),
      })) as StoredRound;
      return summary(round);
    },

    /** Changes name, period or plan settings; refused for a closed round. */
    async update(roundId: string, patch: RoundPatch): Promise<RoundSummary> {
      await loadEditableRound(repos(), roundId);
      const defined = Object.fromEntries(
        Object.entries(patch as Record<string, unknown>).filter(([, v]) => v !== undefined),
      );
      return summary(await repos().rounds.update(roundId, defined));
    },

    /** Active participants with a flag for those already enrolled, sorted by name. */
    async candidates(roundId: string): Promise<EnrolCandidate[]> {
      const round = await loadRound(repos(), roundId);
      const enrolled = new Set(round.enrolledParticipantIds);
      const people = await repos().participants.find({ status: 'active' });
      return people
        .map((p) => ({
          id: p.id,
          name: `${p.firstName} ${p.lastName}`,
          role: p.role,
          department: p.department,
          email: p.email,
          enrolled: enrolled.has(p.id),
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },

    /** Adds active participants to the round (already enrolled ones are ignored). */
    async enrol(roundId: string, participantIds: readonly string[]): Promise<RoundSummary> {
      const round = await loadEditableRound(repos(), roundId);
      await assertActiveParticipants(participantIds);
      const next = [...new Set([...round.enrolledParticipantIds, ...participantIds])];
      return summary(
        await repos().rounds.update(
          roundId,
          { enrolledParticipantIds: next },
          { action: 'round.enrolled' },
        ),
      );
    },

    /** Removes people from the round; refused while they are in a running or proposed tandem. */
    async unenrol(roundId: string, participantIds: readonly string[]): Promise<RoundSummary> {
      const round = await loadEditableRound(repos(), roundId);
      const leaving = new Set(participantIds);
      const tandems = await repos().tandems.find({ roundId });
      if (
        tandems.some(
          (t) => t.status !== 'ended_early' && (leaving.has(t.mentorId) || leaving.has(t.menteeId)),
        )
      ) {
        throw new AppError(
          'round.participantPaired',
          'This person is still in a tandem of the round.',
        );
      }
      const next = round.enrolledParticipantIds.filter((id) => !leaving.has(id));
      return summary(
        await repos().rounds.update(
          roundId,
          { enrolledParticipantIds: next },
          { action: 'round.unenrolled' },
        ),
      );
    },

    /** planning → active → closed; a closed round never opens again. */
    async transition(roundId: string, to: RoundStatus): Promise<RoundSummary> {
      const round = await loadRound(repos(), roundId);
      const next = transitionRound(round, to);
      const patch =
        to === 'closed'
          ? { status: next.status, closedAt: now().toISOString() }
          : { status: next.status };
      return summary(await repos().rounds.update(roundId, patch, { action: `round.${to}` }));
    },

    /** Who was paired with whom, over all rounds (confirmed and ended tandems), newest round first. */
    async history(): Promise<HistoryEntry[]> {
      const r = repos();
      const rounds = new Map(((await r.rounds.find()) as StoredRound[]).map((x) => [x.id, x]));
      const tandems = (await r.tandems.find()).filter((t) => t.status !== 'proposed');
      const people = await peopleById(
        r,
        tandems.flatMap((t) => [t.mentorId, t.menteeId]),
      );
      return tandems
        .map((t): HistoryEntry => {
          const round = rounds.get(t.roundId);
          return {
            roundId: t.roundId,
            roundName: round?.name ?? '—',
            periodStart: round?.periodStart ?? '',
            tandemId: t.id,
            mentor: personOf(people, t.mentorId),
            mentee: personOf(people, t.menteeId),
            status: t.status,
            ...(t.ending ? { endReason: t.ending.reason } : {}),
          };
        })
        .sort(
          (a, b) =>
            b.periodStart.localeCompare(a.periodStart) ||
            a.mentor.name.localeCompare(b.mentor.name),
        );
    },
  };
}

export type RoundsService = ReturnType<typeof createRoundsService>;
