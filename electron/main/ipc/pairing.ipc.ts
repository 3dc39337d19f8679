import type { PAIRING_CHANNELS } from '@shared/ipc/domains/pairing.channels';
import type { HandlersForChannels } from '@shared/ipc/contract';
import { createExclusionsService } from '../services/pairing/exclusions.service';
import { createPairingService } from '../services/pairing/pairing.service';
import type { ServiceContext } from '../services/service-context';

/** IPC handlers of the pairing area: proposals, manual changes, weights, exclusions. */
export function createPairingHandlers(
  context: ServiceContext,
): HandlersForChannels<typeof PAIRING_CHANNELS> {
  const pairing = createPairingService(context);
  const exclusions = createExclusionsService(context);
  return {
    'pairing:overview': ({ roundId }) => pairing.overview(roundId),
    'pairing:propose': ({ roundId }) => pairing.propose(roundId),
    'pairing:setLocked': ({ tandemId, locked }) => pairing.setLocked(tandemId, locked),
    'pairing:swapMentors': ({ tandemIdA, tandemIdB, justification }) =>
      pairing.swapMentors(tandemIdA, tandemIdB, justification),
    'pairing:checkSwap': ({ tandemIdA, tandemIdB }) => pairing.checkSwap(tandemIdA, tandemIdB),
    'pairing:checkPair': ({ roundId, mentorId, menteeId }) =>
      pairing.checkPair(roundId, mentorId, menteeId),
    'pairing:manualPair': ({ roundId, mentorId, menteeId, justification }) =>
      pairing.manualPair(roundId, mentorId, menteeId, justification),
    'pairing:removeTandem': ({ tandemId }) => pairing.removeTandem(tandemId),
    'pairing:confirm': ({ roundId }) => pairing.confirm(roundId),
    'pairing:getWeights': () => pairing.getWeights(),
    'pairing:setWeights': (weights) => pairing.setWeights(weights),
    'pairing:previewWeights': ({ roundId, weights }) => pairing.previewWeights(roundId, weights),
    'exclusions:list': () => exclusions.list(),
    'exclusions:create': ({ mentorId, menteeId, reason }) =>
      exclusions.create(mentorId, menteeId, reason),
    'exclusions:remove': ({ id }) => exclusions.remove(id),
  };
}
