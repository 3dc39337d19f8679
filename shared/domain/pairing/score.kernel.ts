/**
 * The n² hot path of scoring, kept in one module on purpose: every call and
 * constant the inner loops use is local, so no cross-module binding is read
 * per pair (transpilers compile those into getter calls, which cost ~15 % at
 * 2000×2000).
 */
import type { Features } from './features';
import type { FormatLocationCode } from './pairing.types';

export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;
export const FORMAT_IN_PERSON = 1;
export const FORMAT_REMOTE = 2;
/** Score resolution: the solver works on integer thousandths of a point so sums are exact. */
export const UNITS_PER_POINT = 1000;
export const MAX_UNITS = 100 * UNITS_PER_POINT;
export const PART_COUNT = 6;

export const FORMAT_VALUE: Readonly<Record<FormatLocationCode, number>> = {
  sameLocation: 1,
  // Remote works, but programmes report that in-person meetings build trust faster.
  remoteOk: 0.8,
  locationUnknown: 0.5,
  differentLocation: 0,
  formatMismatch: 0,
};
/** Missing data is neither rewarded nor punished fully. */
const UNKNOWN_VALUE = 0.5;
/** Two shared half-day slots are plenty for a monthly meeting. */
const SLOTS_FOR_FULL_AVAILABILITY = 2;

export const popcount = (mask: number): number => {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) {
    n += 1;
  }
  return n;
};

export const sharesLanguage = (f: Features, language: number): boolean =>
  language >= 0 && ((f.languageWords[language >>> 5] ?? 0) & (1 << (language & 31))) !== 0;

const anyShared = (a: Features, b: Features): boolean => {
  for (let w = 0; w < a.languageWords.length; w += 1) {
    if (((a.languageWords[w] ?? 0) & (b.languageWords[w] ?? 0)) !== 0) {
      return true;
    }
  }
  return false;
};

/**
 * True when both name at least one language and none is shared: they cannot
 * hold a conversation. A hard constraint, not a zero: the optimiser puts the
 * number of tandems first, so a zero would still pair people who cannot talk.
 * An empty list means "unknown" and blocks nothing.
 */
export const cannotTalk = (a: Features, b: Features): boolean =>
  a.languageCount > 0 && b.languageCount > 0 && !anyShared(a, b);

/**
 * How well `teacher`'s offers cover `learner`'s wants, 0…1: the gap-weighted
 * mean of coverage. A wanted topic weighs by the learner's gap (5 − baseline)
 * and is covered by (level − baseline) / gap when the teacher is above the
 * baseline, so a level-5 mentor closes any gap and one level above a baseline
 * of 1 closes a quarter. The weighted sum simplifies to Σ(level − baseline) / Σ gap.
 */
export const topicFitValue = (teacher: Features, learner: Features): number => {
  let lifted = 0;
  let gaps = 0;
  const topics = learner.wantTopics;
  for (let i = 0; i < topics.length; i += 1) {
    const baseline = learner.wantBaselines[i] ?? MAX_LEVEL;
    gaps += MAX_LEVEL - baseline;
    const level = teacher.offerLevels[topics[i] ?? 0] ?? 0;
    if (level > baseline) {
      lifted += level - baseline;
    }
  }
  return gaps > 0 ? lifted / gaps : 0;
};

/** 1 when they share a language one of them lists first, 0.5 for another shared one or unknown, 0 for none. */
export const languageValue = (a: Features, b: Features): number => {
  if (a.languageCount === 0 || b.languageCount === 0) {
    return UNKNOWN_VALUE;
  }
  if (sharesLanguage(a, b.firstLanguage) || sharesLanguage(b, a.firstLanguage)) {
    return 1;
  }
  return anyShared(a, b) ? 0.5 : 0;
};

const FORMAT_CODES: readonly FormatLocationCode[] = [
  'sameLocation',
  'remoteOk',
  'locationUnknown',
  'differentLocation',
  'formatMismatch',
];
/** Part value per entry of FORMAT_CODES, so the n² loop indexes an array instead of keying an object by string. */
const FORMAT_VALUES = Float64Array.from(FORMAT_CODES, (code) => FORMAT_VALUE[code]);

/** Index into FORMAT_CODES: a shared format first, then whether the location allows meeting in person. */
const formatLocationIndex = (a: Features, b: Features): number => {
  const common = a.formats & b.formats;
  if (common === 0) {
    return 4;
  }
  if ((common & FORMAT_IN_PERSON) !== 0 && a.location >= 0 && a.location === b.location) {
    return 0;
  }
  if ((common & FORMAT_REMOTE) !== 0) {
    return 1;
  }
  return a.location < 0 || b.location < 0 ? 2 : 3;
};

export const formatLocationCode = (a: Features, b: Features): FormatLocationCode =>
  FORMAT_CODES[formatLocationIndex(a, b)] ?? 'formatMismatch';

/** Shared half-day slots, full marks from two; unknown when either gave none. */
export const availabilityValue = (a: Features, b: Features): number => {
  if (a.availabilityCount === 0 || b.availabilityCount === 0) {
    return UNKNOWN_VALUE;
  }
  return Math.min(1, popcount(a.availability & b.availability) / SLOTS_FOR_FULL_AVAILABILITY);
};

/**
 * Writes the six part values (0…1, in `SCORE_PARTS` order) of a pair into
 * `out`. The single source of truth for the solver and the explanation.
 */
export const partValues = (mentor: Features, mentee: Features, out: Float64Array): void => {
  out[0] = topicFitValue(mentor, mentee);
  out[1] = topicFitValue(mentee, mentor);
  out[2] = mentor.department === mentee.department ? 0 : 1;
  out[3] = languageValue(mentor, mentee);
  out[4] = FORMAT_VALUES[formatLocationIndex(mentor, mentee)] ?? 0;
  out[5] = availabilityValue(mentor, mentee);
};

/** The total in integer thousandths of a point (0…{@link MAX_UNITS}). */
export const totalUnits = (values: Float64Array, factors: Float64Array): number => {
  let total = 0;
  for (let i = 0; i < PART_COUNT; i += 1) {
    total += (values[i] ?? 0) * (factors[i] ?? 0);
  }
  return Math.min(MAX_UNITS, Math.max(0, Math.round(total * UNITS_PER_POINT)));
};

/**
 * The solver's cost matrix: `rows` mentees × `slots` mentor columns, cost
 * `MAX_UNITS − score units`, `Infinity` where `blocked` (layout
 * `[mentee * mentorCount + mentor]`) forbids the pair. Slots of one mentor must
 * be adjacent; the pair is scored once and copied.
 */
export const fillCosts = (
  mentorFeatures: readonly Features[],
  menteeFeatures: readonly Features[],
  blocked: Uint8Array,
  rows: readonly number[],
  slotMentors: readonly number[],
  factors: Float64Array,
): Float64Array => {
  const nm = mentorFeatures.length;
  const width = slotMentors.length;
  const costs = new Float64Array(rows.length * width);
  const values = new Float64Array(PART_COUNT);
  for (let row = 0; row < rows.length; row += 1) {
    const e = rows[row] ?? 0;
    const fe = menteeFeatures[e];
    let previousMentor = -1;
    let cost = Number.POSITIVE_INFINITY;
    for (let slot = 0; slot < width; slot += 1) {
      const m = slotMentors[slot] ?? 0;
      if (m !== previousMentor) {
        previousMentor = m;
        const fm = mentorFeatures[m];
        cost = Number.POSITIVE_INFINITY;
        if (blocked[e * nm + m] === 0 && fe !== undefined && fm !== undefined) {
          partValues(fm, fe, values);
          cost = MAX_UNITS - totalUnits(values, factors);
        }
      }
      costs[row * width + slot] = cost;
    }
  }
  return costs;
};

/** Marks `bit` in `blocked` for every (mentee, mentor) pair that cannot talk. */
export const markNoSharedLanguage = (
  mentorFeatures: readonly Features[],
  menteeFeatures: readonly Features[],
  blocked: Uint8Array,
  bit: number,
): void => {
  const nm = mentorFeatures.length;
  for (let e = 0; e < menteeFeatures.length; e += 1) {
    const fe = menteeFeatures[e];
    for (let m = 0; m < nm; m += 1) {
      const fm = mentorFeatures[m];
      if (fe !== undefined && fm !== undefined && cannotTalk(fm, fe)) {
        blocked[e * nm + m] = (blocked[e * nm + m] ?? 0) | bit;
      }
    }
  }
};
