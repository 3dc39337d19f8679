/**
 * Pairing engine: proposes reverse-mentoring tandems that never cross a
 * reporting line and explains every choice. Pure; runs in main and renderer.
 */
export { proposeTandems } from './pairing.engine';
export { checkManualPair, scorePair } from './manual-pair';
export { reportingChainBetween } from './reporting-chain';
export { DEFAULT_WEIGHTS, SCORE_PARTS } from './score';
export { SLOTS } from './features';
export { MAX_CAPACITY } from './pairing.context';
export { PairingInputError } from './pairing.errors';
export type * from './pairing.types';
