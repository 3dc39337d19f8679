import { writeFileAtomic } from '../../lib/atomic-file';
import type { SavedFile } from '../../../../shared/ipc/domains/participants.types';
import type { Repositories } from '../../db/repositories';
import type { Dialogs } from '../../lib/dialogs';
import { exportParticipants } from '../intake/participant-export';
import type { TopicsService } from './topics.service';

/** Exports every real (non-sample) participant to a file the user picks; re-imports cleanly. */
export async function exportParticipantsToFile(
  deps: { repos: () => Repositories; dialogs: Dialogs; topics: TopicsService; now: () => Date },
  options: { format: 'csv' | 'xlsx'; language: 'de' | 'en' },
): Promise<SavedFile> {
  const day = deps.now().toISOString().slice(0, 10);
  const base = options.language === 'de' ? 'tandem-teilnehmende' : 'tandem-participants';
  const path = await deps.dialogs.chooseSavePath({
    defaultName: `${base}-${day}.${options.format}`,
    filters: [{ name: options.format === 'csv' ? 'CSV' : 'Excel', extensions: [options.format] }],
  });
  if (path === null) {
    return null;
  }
  const people = (await deps.repos().participants.find()).filter((p) => (p as { sample?: boolean }).sample !== true);
  const bytes = await exportParticipants(people, await deps.topics.list(), options);
  await writeFileAtomic(path, bytes);
  await deps.repos().audit.append({ action: 'participant.exported', entity: 'participant', entityId: '*', details: { count: people.length, format: options.format } });
  return { path, count: people.length };
}
