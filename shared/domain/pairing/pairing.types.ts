/**
 * Types of the pairing engine: what HR feeds in, what comes out.
 *
 * Everything the UI shows is data (codes + params), never English text, so the
 * renderer translates it through i18n keys.
 */

/** Side of a tandem: the junior `mentor` coaches the senior `mentee` on digital topics. */
export type Role = 'mentor' | 'mentee';

/** Meeting format a participant prefers. */
export type MeetingFormat = 'in_person' | 'remote' | 'either';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri';
export type HalfDay = 'am' | 'pm';
/** A weekday half-day slot, e.g. `'tue-pm'`. Tandems meet about monthly, in working time. */
export type AvailabilitySlot = `${Weekday}-${HalfDay}`;

/** A topic a person can teach, with their self-rated level 1 (basics) … 5 (expert). */
export type TopicOffer = { topic: string; level: number };

/**
 * A topic a person wants to learn from the other side, with their current
 * self-rated level (`baseline`, 1…5, default 1). For a mentee these are the
 * digital topics; for a mentor, the management topics they want to learn.
 */
export type TopicWant = { topic: string; baseline?: number };

export type ConsentKind = 'voluntary' | 'confidentiality' | 'dataProcessing';
/** The three consents every participant must have given before being paired. */
export type Consents = Record<ConsentKind, boolean>;

/**
 * One enrolled participant of the round.
 *
 * Topics are compared by their `topic` string (use the catalogue id); emails,
 * departments, locations and languages are compared trimmed and case-insensitively.
 */
export type PairingParticipant = {
  /** Stable id; also the tie-breaker that makes results deterministic. */
  id: string;
  role: Role;
  name: string;
  /** Unique per programme; links the participant into the org chart. */
  email: string;
  department: string;
  /** Line manager as the participant entered it; adds to the org chart. */
  managerEmail?: string;
  /** Languages the person can hold a mentoring conversation in, preferred first. */
  languages: readonly string[];
  location?: string;
  format: MeetingFormat;
  availability: readonly AvailabilitySlot[];
  /** Mentor: digital topics offered. Mentee: management/leadership experience offered. */
  offers: readonly TopicOffer[];
  /** Mentee: digital topics wanted (with baseline). Mentor: management topics wanted. */
  wants: readonly TopicWant[];
  consents: Consents;
  /** Mentors only: how many mentees at once; default 1, usually at most 2. Ignored for mentees. */
  capacity?: number;
};

/** One edge of HR's org chart. The chart may contain cycles and unknown emails; both are tolerated. */
export type OrgLink = { employeeEmail: string; managerEmail: string };

/**
 * A pair of participants by id. Exclusions and previous pairs match in either
 * direction, so a pair stays forbidden even if the two swap roles.
 */
export type PairRef = { mentorId: string; menteeId: string };
export type Exclusion = PairRef & { reason?: string };
export type PreviousPair = PairRef & { roundId?: string };

/** The parts of the soft score, each normalised to 0…1 before weighting. */
export type ScorePart =
  | 'topicFit'
  | 'reverseFit'
  | 'differentDepartment'
  | 'sharedLanguage'
  | 'formatLocation'
  | 'availability';

/** Relative weight per score part (finite, ≥ 0). Only the ratios matter; the total is 0…100. */
export type ScoreWeights = Record<ScorePart, number>;

/** Everything the engine needs for one round. Pure data; the engine does no I/O. */
export type PairingInput = {
  participants: readonly PairingParticipant[];
  /** HR's org chart: employee → manager. */
  orgLinks?: readonly OrgLink[];
  /** Pairs HR forbids. */
  exclusions?: readonly Exclusion[];
  /** Pairs from earlier rounds. */
  previousPairs?: readonly PreviousPair[];
  /** When true (default), a pair from `previousPairs` is never proposed again. */
  forbidRepeatPairs?: boolean;
  /** Tandems HR fixed; kept even if they break a hard constraint (then flagged). */
  lockedPairs?: readonly PairRef[];
  /** Overrides of {@link DEFAULT_WEIGHTS}; missing parts keep their default. */
  weights?: Partial<ScoreWeights>;
};

/** A hard constraint a pair breaks. `reportingLine.chain` lists emails from the lower to the upper person. */
export type ConstraintViolation =
  | { code: 'reportingLine'; chain: readonly string[] }
  | { code: 'excluded'; reason?: string }
  | { code: 'previousPair'; roundId?: string }
  | { code: 'missingConsent'; participantId: string; missing: readonly ConsentKind[] }
  | { code: 'mentorCapacity'; capacity: number; assigned: number }
  | { code: 'noSharedLanguage' }
  | { code: 'samePerson' };

export type ConstraintCode = ConstraintViolation['code'];

/** One topic both sides have an entry for; levels 1…5 of each person on that topic. */
export type TopicMatch = { topic: string; mentorLevel: number; menteeLevel: number };

/** How well one side's offers cover the other side's wants. */
export type TopicFitDetail = {
  /** Wanted topics the teacher offers above the learner's baseline. */
  matches: readonly TopicMatch[];
  /** Wanted topics not covered (not offered, or not above the baseline). */
  missing: readonly string[];
  /** True when the learner wants nothing; the part is then 0. */
  nothingWanted: boolean;
};

export type FormatLocationCode =
  | 'sameLocation'
  | 'remoteOk'
  | 'locationUnknown'
  | 'differentLocation'
  | 'formatMismatch';

type PartBase = {
  /** 0…1 before weighting. */
  value: number;
  /** The weight used (not normalised). */
  weight: number;
  /** Contribution to the total: value × weight / Σ weights × 100. */
  points: number;
};

/** One part of a pair's score with the data the UI needs to explain it. */
export type ScorePartResult =
  | (PartBase & { part: 'topicFit' } & TopicFitDetail)
  | (PartBase & { part: 'reverseFit' } & TopicFitDetail)
  | (PartBase & { part: 'differentDepartment'; sameDepartment: boolean })
  | (PartBase & { part: 'sharedLanguage'; shared: readonly string[]; unknown: boolean })
  | (PartBase & { part: 'formatLocation'; code: FormatLocationCode })
  | (PartBase & { part: 'availability'; common: readonly AvailabilitySlot[]; unknown: boolean });

/** A pair's soft score: total 0…100 (rounded to 0.001) and its breakdown in {@link ScorePart} order. */
export type PairScore = { total: number; parts: readonly ScorePartResult[] };

export type ProposedTandem = {
  mentorId: string;
  menteeId: string;
  score: PairScore;
  /** Fixed by HR. */
  locked: boolean;
  /** Hard constraints this tandem breaks; only ever non-empty for locked tandems (HR override). */
  violations: readonly ConstraintViolation[];
};

/** Counts of candidates per blocking hard constraint. */
export type BlockedCounts = Partial<Record<ConstraintCode, number>>;

/**
 * Why someone stays unpaired. `candidates` counts the consenting people on the
 * other side that were considered.
 * - `missingConsent`: the person has not given all three consents.
 * - `noCandidates`: nobody (with consent) on the other side at all.
 * - `allCandidatesInReportingLine`: every candidate is in the person's reporting chain.
 * - `excludedWithAll`: HR excluded every candidate.
 * - `allCandidatesPairedBefore`: every candidate was a partner in an earlier round.
 * - `noSharedLanguage`: no candidate shares a language.
 * - `allCandidatesBlocked`: every candidate breaks some hard constraint, for mixed reasons (see `blocked`).
 * - `noMentorCapacityLeft` (mentee): every possible mentor is already paired with someone who fits better (or locked).
 * - `noMenteeLeft` (mentor): every possible mentee already has a mentor who fits better (or is locked).
 */
export type UnpairedReason =
  | { code: 'missingConsent'; missing: readonly ConsentKind[] }
  | { code: 'noCandidates' }
  | { code: 'allCandidatesInReportingLine'; candidates: number }
  | { code: 'excludedWithAll'; candidates: number }
  | { code: 'allCandidatesPairedBefore'; candidates: number }
  | { code: 'noSharedLanguage'; candidates: number }
  | { code: 'allCandidatesBlocked'; candidates: number; blocked: BlockedCounts }
  | { code: 'noMentorCapacityLeft'; candidates: number }
  | { code: 'noMenteeLeft'; candidates: number };

export type UnpairedReasonCode = UnpairedReason['code'];

export type UnpairedParticipant = { participantId: string; role: Role; reason: UnpairedReason };

export type PairingResult = {
  /** Sorted by mentor id, then mentee id. */
  tandems: readonly ProposedTandem[];
  /** Everyone with no tandem at all (a mentor with capacity 2 and one tandem is not listed), sorted by id. */
  unpaired: readonly UnpairedParticipant[];
  /** Sum of the tandems' totals. */
  totalScore: number;
  /** The weights used, defaults filled in. */
  weights: ScoreWeights;
};

export type PairingInputErrorCode =
  | 'duplicateParticipantId'
  | 'unknownParticipant'
  | 'wrongRole'
  | 'menteeLockedTwice'
  | 'invalidWeight'
  | 'invalidCapacity'
  | 'invalidLevel'
  | 'problemTooLarge';
