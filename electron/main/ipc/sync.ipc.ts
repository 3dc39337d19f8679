import type { SYNC_CHANNELS } from '@shared/ipc/domains/sync.channels';
import type { HandlersForChannels } from '@shared/ipc/contract';
import type { ServiceContext } from '../services/service-context';

/** IPC handlers of the sync area. */
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- no channels yet; the area's feature adds them
export function createSyncHandlers(_context: ServiceContext): HandlersForChannels<typeof SYNC_CHANNELS> {
  return {};
}
