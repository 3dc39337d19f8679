/** Channels of the pairing area (namespaces: pairing, exclusions). */
export const PAIRING_CHANNELS = [
  'pairing:overview',
  'pairing:propose',
  'pairing:setLocked',
  'pairing:swapMentors',
  'pairing:checkSwap',
  'pairing:checkPair',
  'pairing:manualPair',
  'pairing:removeTandem',
  'pairing:confirm',
  'pairing:getWeights',
  'pairing:setWeights',
  'pairing:previewWeights',
  'exclusions:list',
  'exclusions:create',
  'exclusions:remove',
] as const;
