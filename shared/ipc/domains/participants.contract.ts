import type { MethodSpec } from '../method';
import type { PARTICIPANTS_CHANNELS } from './participants.channels';

export const participantsContract = {} satisfies { [C in (typeof PARTICIPANTS_CHANNELS)[number]]: MethodSpec };
