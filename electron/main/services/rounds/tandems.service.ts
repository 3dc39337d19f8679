import { proposeTandems } from '@shared/domain/pairing';
import {
  confirmTandem,
  endTandemEarly,
  localDateOf,
  peopleFreedForRepairing,
} from '@shared/domain/rounds';
import type { EndReason, Tandem } from '@shared/domain/rounds';
import type { RepairResult, TandemView } from '@shared/ipc/domains/rounds.contract';
import type { Repositories } from '../../db/repositories';
import type { Stored } from '../../db/repositories/document.repository';
import { buildPairingInput } from '../pairing/pairing-input';
import { dayIn, loadEditableRound, loadRound, peopleById, personOf } from './round-access';

export type EndEarlyInput = {
  tandemId: string;
  reason: EndReason;
  note?: string | undefined;
  endedOn?: string | undefined;
};

/**
 * Tandems of a round after pairing: list with names, confirm, end early with a reason code, and
 * re-pair the people freed mid-round with the pairing engine (only those people take part).
 */
export function createTandemsService(repos: () => Repositories, now: () => Date) {
  async function views(tandems: readonly Stored<Tandem>[]): Promise<TandemView[]> {
    const people = await peopleById(
      repos(),
      tandems.flatMap((t) => [t.mentorId, t.menteeId]),
    );
    return tandems.map((t) => ({
      ...t,
      mentor: personOf(people, t.mentorId),
      mentee: personOf(people, t.menteeId),
    }));
  }

  async function view(tandem: Stored<Tandem>): Promise<TandemView> {
    const [first] = await views([tandem]);
    return first as TandemView;
  }

  return {
    /** Tandems of a round, sorted by mentor name. */
    async list(roundId: string): Promise<TandemView[]> {
      await loadRound(repos(), roundId);
      const list = await views(await repos().tandems.find({ roundId }));
      return list.sort(
        (a, b) =>
          a.mentor.name.localeCompare(b.mentor.name) || a.mentee.name.localeCompare(b.mentee.name),
      );
    },

    /** HR accepts one proposed tandem (e.g. one formed by re-pairing). */
    async confirm(tandemId: string): Promise<TandemView> {
      const tandem = await repos().tandems.require(tandemId);
      const round = await loadEditableRound(repos(), tandem.roundId);
      const next = confirmTandem(round, tandem);
      return view(
        await repos().tandems.update(
          tandemId,
          { status: next.status },
          { action: 'tandem.confirmed' },
        ),
      );
    },

    /**
     * Ends a tandem early with a reason code. Its planned meetings from the end date on are
     * removed, so no reminder or calendar export shows them; held and cancelled ones stay.
     */
    async endEarly(input: EndEarlyInput): Promise<TandemView> {
      const tandem = await repos().tandems.require(input.tandemId);
      const round = await loadEditableRound(repos(), tandem.roundId);
      const endedOn = input.endedOn ?? dayIn(now(), round.timeZone);
      const next = endTandemEarly(round, tandem, {
        reason: input.reason,
        endedOn,
        ...(input.note === undefined ? {} : { note: input.note }),
      });
      const saved = await repos().tandems.update(
        tandem.id,
        { status: next.status, ending: next.ending },
        { action: 'tandem.endedEarly' },
      );
      const later = (await repos().meetings.find({ tandemId: tandem.id })).filter(
        (m) => m.state === 'planned' && localDateOf(m.plannedAt) >= endedOn,
      );
      if (later.length > 0) {
        await repos().meetings.removeWhere(
          { id: { $in: later.map((m) => m.id) } },
          'meeting.unplanned',
        );
      }
      return view(saved);
    },

    /**
     * Runs the pairing engine for the people freed by early ends (and enrolled people still
     * waiting for a first tandem) only, and saves what it finds
     * as proposed tandems starting today (HR confirms them, then plans their meetings). Pairs
     * that ended are never proposed again.
     */
    async repair(roundId: string): Promise<RepairResult> {
      const round = await loadEditableRound(repos(), roundId);
      const tandems = await repos().tandems.find({ roundId });
      const freed = peopleFreedForRepairing(tandems);
      const busy = new Set(
        tandems.filter((t) => t.status === 'proposed').flatMap((t) => [t.mentorId, t.menteeId]),
      );
      // Enrolled people still waiting for a first tandem join the run: a freed mentee can get a waiting mentor.
      const paired = new Set(tandems.flatMap((t) => [t.mentorId, t.menteeId]));
      const waiting = round.enrolledParticipantIds.filter((id) => !paired.has(id));
      const only = [...freed.mentors, ...freed.mentees]
        .map((p) => p.participantId)
        .concat(waiting)
        .filter((id) => !busy.has(id));
      if (only.length === 0) {
        return { created: [], unpaired: [] };
      }
      const input = await buildPairingInput(repos(), roundId, { onlyParticipantIds: only });
      const result = proposeTandems(input);
      const startedOn = dayIn(now(), round.timeZone);
      const fresh = result.tandems.filter((t) => !t.locked);
      const created =
        fresh.length === 0
          ? []
          : await repos().tandems.insertMany(
              fresh.map((t) => ({
                roundId,
                mentorId: t.mentorId,
                menteeId: t.menteeId,
                score: t.score.total,
                breakdown: { parts: t.score.parts, repaired: true },
                status: 'proposed',
                startedOn,
                createdAt: now().toISOString(),
              })),
              'tandem.repaired',
            );
      const people = await peopleById(
        repos(),
        result.unpaired.map((u) => u.participantId),
      );
      return {
        created: await views(created),
        unpaired: result.unpaired.map((u) => ({
          participantId: u.participantId,
          name: personOf(people, u.participantId).name,
          reason: u.reason.code,
        })),
      };
    },
  };
}

export type TandemsService = ReturnType<typeof createTandemsService>;
