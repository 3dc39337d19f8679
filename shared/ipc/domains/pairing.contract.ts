import type { MethodSpec } from '../method';
import type { PAIRING_CHANNELS } from './pairing.channels';

export const pairingContract = {} satisfies { [C in (typeof PAIRING_CHANNELS)[number]]: MethodSpec };
