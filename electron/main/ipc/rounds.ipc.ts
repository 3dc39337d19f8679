import type { ROUNDS_CHANNELS } from '@shared/ipc/domains/rounds.channels';
import type { HandlersForChannels } from '@shared/ipc/contract';
import type { ServiceContext } from '../services/service-context';

/** IPC handlers of the rounds area. */
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- no channels yet; the area's feature adds them
export function createRoundsHandlers(_context: ServiceContext): HandlersForChannels<typeof ROUNDS_CHANNELS> {
  return {};
}
