import type { MethodSpec } from '../method';
import type { ROUNDS_CHANNELS } from './rounds.channels';

export const roundsContract = {} satisfies { [C in (typeof ROUNDS_CHANNELS)[number]]: MethodSpec };
