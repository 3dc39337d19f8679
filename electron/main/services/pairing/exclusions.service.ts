import { assertRoundEditable } from '@shared/domain/rounds';
import type { ExclusionView } from '@shared/ipc/domains/pairing.contract';
import type { Repositories } from '../../db/repositories';
import { AppError } from '../../ipc/errors';
import type { ServiceContext } from '../service-context';
import { toPerson } from './pairing-view';

/** Pairs HR forbids. An exclusion matches either direction, like the engine's. */
export function createExclusionsService(context: ServiceContext) {
  const repos = (): Repositories => context.repos();

  async function view(e: {
    id: string;
    mentorId: string;
    menteeId: string;
    reason: string;
  }): Promise<ExclusionView> {
    const [mentor, mentee] = await Promise.all([
      repos().participants.get(e.mentorId),
      repos().participants.get(e.menteeId),
    ]);
    return {
      id: e.id,
      mentor: mentor ? toPerson(mentor) : null,
      mentee: mentee ? toPerson(mentee) : null,
      reason: e.reason,
    };
  }

  return {
    async list(): Promise<ExclusionView[]> {
      const all = await repos().exclusions.find();
      return Promise.all(all.map(view));
    },

    /**
     * Forbids a pair and removes their unlocked proposed tandems in rounds still open, so the
     * proposal on screen never shows a pair HR has just excluded.
     */
    async create(mentorId: string, menteeId: string, reason: string): Promise<ExclusionView> {
      const r = repos();
      if (mentorId === menteeId) {
        throw new AppError('pairing.swap_invalid', 'A person cannot be excluded from themselves.');
      }
      await Promise.all([r.participants.require(mentorId), r.participants.require(menteeId)]);
      const existing = (await r.exclusions.find()).find(
        (e) =>
          (e.mentorId === mentorId && e.menteeId === menteeId) ||
          (e.mentorId === menteeId && e.menteeId === mentorId),
      );
      if (existing) {
        throw new AppError('pairing.already_excluded', 'This pair is already excluded.');
      }
      const stored = await r.exclusions.insert({
        mentorId,
        menteeId,
        reason,
        createdAt: context.now().toISOString(),
      });
      const tandems = await r.tandems.find({ mentorId, menteeId });
      for (const t of tandems.filter((x) => x.status === 'proposed' && !x.locked)) {
        const round = await r.rounds.get(t.roundId);
        if (round && round.status !== 'closed') {
          assertRoundEditable(round);
          await r.tandems.remove(t.id, 'pairing.tandem_removed');
        }
      }
      return view(stored);
    },

    async remove(id: string): Promise<null> {
      await repos().exclusions.remove(id);
      return null;
    },
  };
}
