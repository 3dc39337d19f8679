import type { SampleStatus } from '../../../../shared/ipc/domains/participants.types';
import type { Repositories } from '../../db/repositories';
import { AppError } from '../../ipc/errors';
import { buildSampleProgramme } from './sample-data';
import type { TopicsService } from './topics.service';

/** "Try with sample data": a fictional company, every record marked `sample: true` so it can be removed exactly. */
export function createSampleService(deps: { repos: () => Repositories; topics: TopicsService; now: () => Date }) {
  async function status(): Promise<SampleStatus> {
    const people = await deps.repos().participants.count({ sample: true });
    return { present: people > 0, people };
  }

  return {
    status,
    async create(): Promise<SampleStatus> {
      if ((await status()).present) {
        return status();
      }
      const catalogue = await deps.topics.list();
      const programme = buildSampleProgramme(deps.now().toISOString().slice(0, 10), new Set(catalogue.map((t) => t.id)));
      const r = deps.repos();
      const taken = new Set((await r.participants.find()).map((p) => p.email));
      if (programme.participants.some((p) => taken.has(p.email))) {
        throw new AppError('participants.sample_conflict', 'Sample emails already in use.');
      }
      const stamp = deps.now().toISOString();
      await r.participants.insertMany(
        programme.participants.map((p) => ({ ...p, status: 'active', createdAt: stamp, updatedAt: stamp, sample: true })),
        'participant.sample_created',
      );
      const linked = new Set((await r.orgLinks.find()).map((l) => l.id));
      await r.orgLinks.insertMany(
        programme.orgLinks
          .filter((l) => !linked.has(l.employeeEmail))
          .map((l) => ({ id: l.employeeEmail, ...l, sample: true })),
        'org-link.sample_created',
      );
      return status();
    },
    async remove(): Promise<SampleStatus> {
      const r = deps.repos();
      await r.participants.removeWhere({ sample: true }, 'participant.sample_removed');
      await r.orgLinks.removeWhere({ sample: true }, 'org-link.sample_removed');
      return status();
    },
  };
}
