import type { PARTICIPANTS_CHANNELS } from '@shared/ipc/domains/participants.channels';
import type { HandlersForChannels } from '@shared/ipc/contract';
import { exportParticipantsToFile } from '../services/participants/export.service';
import { createImportService } from '../services/participants/import.service';
import { createParticipantsService } from '../services/participants/participants.service';
import { createPrivacyService } from '../services/participants/privacy.service';
import { createSampleService } from '../services/participants/sample.service';
import { createTopicsService } from '../services/participants/topics.service';
import type { ServiceContext } from '../services/service-context';

/** IPC handlers of the participants area: people, topics, import/export, data rights, sample data. */
export function createParticipantsHandlers(context: ServiceContext): HandlersForChannels<typeof PARTICIPANTS_CHANNELS> {
  const repos = () => context.repos();
  const topics = createTopicsService(repos);
  const people = createParticipantsService(repos, context.now);
  const deps = { repos, dialogs: context.dialogs, topics, now: context.now };
  const imports = createImportService({ ...deps, progress: (task, done, total) => { context.progress(task, done, total); } });
  // Parsed spreadsheets hold personal data in plaintext: they do not outlive an unlock.
  context.session.onChange((db) => {
    if (!db) {
      imports.forgetAll();
    }
  });
  const privacy = createPrivacyService(deps);
  const sample = createSampleService(deps);
  return {
    'participants:list': () => people.list(),
    'participants:get': ({ id }) => people.get(id),
    'participants:create': (input) => people.create(input),
    'participants:update': ({ id, input }) => people.update(id, input),
    'participants:setStatus': ({ id, status }) => people.setStatus(id, status),
    'topics:list': () => topics.list(),
    'topics:add': ({ name, kind }) => topics.add(name, kind),
    'topics:rename': ({ id, name }) => topics.rename(id, name),
    'topics:merge': ({ sourceId, targetId }) => topics.merge(sourceId, targetId),
    'topics:retire': ({ id, retired }) => topics.retire(id, retired),
    'import:open': () => imports.open(),
    'import:plan': ({ token, mapping }) => imports.plan(token, mapping),
    'import:confirm': ({ token, mapping, decisions }) => imports.confirm(token, mapping, decisions),
    'import:cancel': ({ token }) => imports.cancel(token),
    'import:orgChart': () => imports.orgChart(),
    'export:participants': (options) => exportParticipantsToFile(deps, options),
    'privacy:exportPerson': ({ id }) => privacy.exportPerson(id),
    'privacy:erasePerson': ({ id }) => privacy.erase(id),
    'privacy:retention': () => privacy.retentionView(),
    'privacy:setRetention': ({ months }) => privacy.setRetention(months),
    'privacy:applyRetention': () => privacy.applyRetention(),
    'sample:status': () => sample.status(),
    'sample:create': () => sample.create(),
    'sample:remove': () => sample.remove(),
  };
}
