import type { PAIRING_CHANNELS } from '@shared/ipc/domains/pairing.channels';
import type { HandlersForChannels } from '@shared/ipc/contract';
import type { ServiceContext } from '../services/service-context';

/** IPC handlers of the pairing area. */
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- no channels yet; the area's feature adds them
export function createPairingHandlers(_context: ServiceContext): HandlersForChannels<typeof PAIRING_CHANNELS> {
  return {};
}
