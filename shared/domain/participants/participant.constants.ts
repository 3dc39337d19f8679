/** Enumerations of the participant record, shared by schema, form, import and export. */

export const PARTICIPANT_ROLES = ['mentor', 'mentee'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Junior stages first, senior last; pairing reads the order as seniority. */
export const CAREER_STAGES = [
  'trainee',
  'career_starter',
  'high_potential',
  'alumnus',
  'team_lead',
  'manager',
  'senior_manager',
  'executive',
] as const;
export type CareerStage = (typeof CAREER_STAGES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const DAY_SLOTS = ['morning', 'afternoon'] as const;
export type DaySlot = (typeof DAY_SLOTS)[number];

export const MEETING_FORMATS = ['in_person', 'remote', 'either'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

export const PARTICIPANT_STATUSES = ['active', 'withdrawn'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

export const CONSENT_KINDS = ['voluntary', 'confidentiality', 'dataProcessing'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** Length limits: generous for real names, small enough that a hostile import stays cheap. */
export const LIMITS = {
  name: 100,
  email: 254,
  text: 120,
  motivation: 2000,
  languages: 10,
  topics: 30,
  topicId: 64,
  availabilitySlots: WEEKDAYS.length * DAY_SLOTS.length,
} as const;

/** Topic self-rating scale: 1 = beginner … 5 = expert. */
export const TOPIC_LEVEL_MIN = 1;
export const TOPIC_LEVEL_MAX = 5;
