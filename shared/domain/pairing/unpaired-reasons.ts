import { BLOCK, BLOCK_CODES, missingConsents } from './constraints';
import type { PairingContext } from './pairing.context';
import type { BlockedCounts, Role, UnpairedReason } from './pairing.types';

/** When every candidate shares one blocker, name it; checked in this order. */
const SINGLE_CAUSE: readonly [number, 'allCandidatesInReportingLine' | 'excludedWithAll' | 'allCandidatesPairedBefore' | 'noSharedLanguage'][] = [
  [BLOCK.reportingLine, 'allCandidatesInReportingLine'],
  [BLOCK.excluded, 'excludedWithAll'],
  [BLOCK.previousPair, 'allCandidatesPairedBefore'],
  [BLOCK.noSharedLanguage, 'noSharedLanguage'],
];

export type ReasonInputs = Pick<PairingContext, 'mentors' | 'mentees'> & {
  blocked: Uint8Array;
  mentorConsents: Uint8Array;
  menteeConsents: Uint8Array;
};

/**
 * Why a person (index `self` on side `role`) has no tandem. Checked from the
 * person outwards: own consent, anyone on the other side at all, hard
 * constraints with every candidate, and finally "the possible partners went to
 * someone who fits better" — the solver maximised the count, so that is the
 * only way left.
 */
export const unpairedReason = (r: ReasonInputs, role: Role, self: number): UnpairedReason => {
  const person = role === 'mentor' ? r.mentors[self] : r.mentees[self];
  const missing = person === undefined ? [] : missingConsents(person.consents);
  if (missing.length > 0) {
    return { code: 'missingConsent', missing };
  }
  const nm = r.mentors.length;
  const otherCount = role === 'mentor' ? r.mentees.length : nm;
  const otherConsents = role === 'mentor' ? r.menteeConsents : r.mentorConsents;
  let candidates = 0;
  let feasible = 0;
  let all = 0xff;
  const counts = new Map<number, number>();
  for (let o = 0; o < otherCount; o += 1) {
    if (otherConsents[o] !== 1) {
      continue;
    }
    candidates += 1;
    const bits = r.blocked[role === 'mentor' ? o * nm + self : self * nm + o] ?? 0;
    if (bits === 0) {
      feasible += 1;
    }
    all &= bits;
    for (const code of BLOCK_CODES) {
      if ((bits & BLOCK[code]) !== 0) {
        counts.set(BLOCK[code], (counts.get(BLOCK[code]) ?? 0) + 1);
      }
    }
  }
  if (candidates === 0) {
    return { code: 'noCandidates' };
  }
  if (feasible > 0) {
    return { code: role === 'mentor' ? 'noMenteeLeft' : 'noMentorCapacityLeft', candidates: feasible };
  }
  for (const [bit, code] of SINGLE_CAUSE) {
    if ((all & bit) !== 0) {
      return { code, candidates };
    }
  }
  const blocked: BlockedCounts = {};
  for (const code of BLOCK_CODES) {
    const n = counts.get(BLOCK[code]);
    if (n !== undefined) {
      blocked[code] = n;
    }
  }
  return { code: 'allCandidatesBlocked', candidates, blocked };
};
