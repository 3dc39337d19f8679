import type { SYNC_CHANNELS } from '@shared/ipc/domains/sync.channels';
import type { HandlersForChannels } from '@shared/ipc/contract';
import type { ServiceContext } from '../services/service-context';
import { SyncManager, type SyncManagerOptions } from '../services/sync/sync-manager';

/**
 * IPC handlers of the sync area. The manager follows the session itself (starts on unlock,
 * stops on lock); the handlers only read and change it.
 */
export function createSyncHandlers(
  context: ServiceContext,
  options: SyncManagerOptions = {},
): HandlersForChannels<typeof SYNC_CHANNELS> {
  const manager = new SyncManager(context, options);
  return {
    'sync:status': () => manager.status(),
    'sync:enable': (input) => manager.enable(input),
    'sync:disable': () => manager.disable(),
    'sync:addPeer': (input) => manager.addPeer(input),
    'sync:removePeer': ({ deviceId }) => manager.removePeer(deviceId),
    'sync:syncNow': ({ deviceId }) => manager.syncNow(deviceId),
  };
}
