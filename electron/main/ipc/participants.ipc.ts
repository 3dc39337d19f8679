import type { PARTICIPANTS_CHANNELS } from '@shared/ipc/domains/participants.channels';
import type { HandlersForChannels } from '@shared/ipc/contract';
import type { ServiceContext } from '../services/service-context';

/** IPC handlers of the participants area. */
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- no channels yet; the area's feature adds them
export function createParticipantsHandlers(_context: ServiceContext): HandlersForChannels<typeof PARTICIPANTS_CHANNELS> {
  return {};
}
