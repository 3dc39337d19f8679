import type { FeatureTables, Features } from './features';
import { SLOTS } from './features';
import { PairingInputError } from './pairing.errors';
import {
  MAX_LEVEL,
  PART_COUNT,
  UNITS_PER_POINT,
  formatLocationCode,
  partValues,
  sharesLanguage,
  totalUnits,
} from './score.kernel';
import type {
  PairScore,
  ScorePart,
  ScorePartResult,
  ScoreWeights,
  TopicFitDetail,
  TopicMatch,
} from './pairing.types';

/** Score parts in the fixed order used everywhere (breakdowns, weight vectors). */
export const SCORE_PARTS: readonly ScorePart[] = [
  'topicFit',
  'reverseFit',
  'differentDepartment',
  'sharedLanguage',
  'formatLocation',
  'availability',
];

/**
 * Default weights. Topic fit dominates because the digital topics are what the
 * programme is for; a different department and overlapping availability come
 * next (no competition between the two, and tandems that cannot meet fail);
 * reverse fit, language and format refine. They sum to 100 so each weight
 * reads as "points out of 100".
 */
export const DEFAULT_WEIGHTS: Readonly<ScoreWeights> = {
  topicFit: 40,
  reverseFit: 10,
  differentDepartment: 15,
  sharedLanguage: 10,
  formatLocation: 10,
  availability: 15,
};

/** Fills in defaults and rejects NaN, infinite or negative weights. */
export const resolveWeights = (weights: Partial<ScoreWeights> | undefined): ScoreWeights => {
  const resolved = { ...DEFAULT_WEIGHTS };
  for (const part of SCORE_PARTS) {
    const w = weights?.[part];
    if (w === undefined) {
      continue;
    }
    if (!Number.isFinite(w) || w < 0) {
      throw new PairingInputError('invalidWeight', { part, weight: String(w) });
    }
    resolved[part] = w;
  }
  return resolved;
};

/** Multipliers turning part values (0…1) into points (0…100 in total). */
export const pointFactors = (weights: ScoreWeights): Float64Array => {
  const sum = SCORE_PARTS.reduce((acc, part) => acc + weights[part], 0);
  return Float64Array.from(SCORE_PARTS, (part) => (sum > 0 ? (weights[part] / sum) * 100 : 0));
};

const topicDetail = (
  teacher: Features,
  learner: Features,
  tables: FeatureTables,
  teacherIsMentor: boolean,
): TopicFitDetail => {
  const matches: TopicMatch[] = [];
  const missing: string[] = [];
  let gaps = 0;
  learner.wantTopics.forEach((t, i) => {
    const topic = tables.topics[t] ?? '';
    const baseline = learner.wantBaselines[i] ?? MAX_LEVEL;
    const level = teacher.offerLevels[t] ?? 0;
    gaps += MAX_LEVEL - baseline;
    if (level > baseline) {
      matches.push(
        teacherIsMentor
          ? { topic, mentorLevel: level, menteeLevel: baseline }
          : { topic, mentorLevel: baseline, menteeLevel: level },
      );
    } else {
      missing.push(topic);
    }
  });
  return { matches, missing, nothingWanted: gaps === 0 };
};

const sharedLanguages = (a: Features, b: Features, tables: FeatureTables): string[] =>
  tables.languages.filter((_, l) => sharesLanguage(a, l) && sharesLanguage(b, l));

/** The full, explainable score of a pair. */
export const explainScore = (
  mentor: Features,
  mentee: Features,
  weights: ScoreWeights,
  tables: FeatureTables,
): PairScore => {
  const values = new Float64Array(PART_COUNT);
  partValues(mentor, mentee, values);
  const factors = pointFactors(weights);
  const base = (i: number, part: ScorePart): { value: number; weight: number; points: number } => {
    const value = values[i] ?? 0;
    return { value, weight: weights[part], points: value * (factors[i] ?? 0) };
  };
  const parts: ScorePartResult[] = [
    { part: 'topicFit', ...base(0, 'topicFit'), ...topicDetail(mentor, mentee, tables, true) },
    { part: 'reverseFit', ...base(1, 'reverseFit'), ...topicDetail(mentee, mentor, tables, false) },
    {
      part: 'differentDepartment',
      ...base(2, 'differentDepartment'),
      sameDepartment: mentor.department === mentee.department,
    },
    {
      part: 'sharedLanguage',
      ...base(3, 'sharedLanguage'),
      shared: sharedLanguages(mentor, mentee, tables),
      unknown: mentor.languageCount === 0 || mentee.languageCount === 0,
    },
    { part: 'formatLocation', ...base(4, 'formatLocation'), code: formatLocationCode(mentor, mentee) },
    {
      part: 'availability',
      ...base(5, 'availability'),
      common: SLOTS.filter((_, i) => (mentor.availability & mentee.availability & (1 << i)) !== 0),
      unknown: mentor.availabilityCount === 0 || mentee.availabilityCount === 0,
    },
  ];
  return { total: totalUnits(values, factors) / UNITS_PER_POINT, parts };
};
