/**
 * Pairing engine: proposes reverse-mentoring tandems that never cross a
 * reporting line, and explains every choice. Pure (no I/O, no Node, no DOM);
 * runs in main and in the renderer (live weight preview).
 *
 * Decisions worth knowing:
 * - Hard constraints: reporting chain at any depth either way (org links plus
 *   participants' manager emails; cycles tolerated; emails trimmed and
 *   case-insensitive), HR exclusion, earlier pair (`forbidRepeatPairs`,
 *   default true), all three consents on both sides, mentor capacity, one
 *   person enrolled on both sides, and no shared language. The last is hard
 *   rather than a zero score because the optimiser puts the number of tandems
 *   first and would otherwise pair people who cannot talk; an empty language
 *   list means "unknown" and blocks nothing.
 * - Exclusions and earlier pairs match regardless of who was mentor.
 * - Soft score: six parts, each 0…1, weighted ({@link DEFAULT_WEIGHTS}), total
 *   0…100 with 0.001 resolution; the solver works on those integer units so
 *   the optimum is exact.
 * - Locked pairs are kept even when they break a hard constraint and then
 *   carry `violations`; a mentee locked to two mentors is refused.
 */
export { proposeTandems } from './pairing.engine';
export { checkManualPair, scorePair } from './manual-pair';
export { reportingChainBetween } from './reporting-chain';
export { DEFAULT_WEIGHTS, SCORE_PARTS } from './score';
export { SLOTS } from './features';
export { MAX_CAPACITY } from './pairing.context';
export { PairingInputError } from './pairing.errors';
export type * from './pairing.types';
