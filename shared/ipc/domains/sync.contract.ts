import type { MethodSpec } from '../method';
import type { SYNC_CHANNELS } from './sync.channels';

export const syncContract = {} satisfies { [C in (typeof SYNC_CHANNELS)[number]]: MethodSpec };
