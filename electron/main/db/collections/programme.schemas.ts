import type { RxJsonSchema } from 'rxdb';

/**
 * RxDB schemas (version 0) of the programme collections. They declare the primary key, the
 * indexed fields and the top-level shape; field-level rules live in the zod schemas of
 * `shared/domain`, which every repository applies before writing. Every document carries
 * `updatedAt` (ISO date-time) because peer sync resolves conflicts by it.
 */
export type StoredDoc = { id: string; updatedAt: string; updatedBy?: string; [field: string]: unknown };

type Props = RxJsonSchema<StoredDoc>['properties'];

const id = { type: 'string', maxLength: 128 } as const;
const text = { type: 'string' } as const;
const indexedText = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const stamp = { type: 'string', maxLength: 32 } as const;

function schema(title: string, properties: Props, required: string[], indexes: (string | string[])[]): RxJsonSchema<StoredDoc> {
  return {
    title,
    version: 0,
    primaryKey: 'id',
    type: 'object',
    // updatedBy: the device of the last write; breaks sync ties of equal updatedAt.
    properties: { id, updatedAt: stamp, updatedBy: { type: 'string', maxLength: 128 }, ...properties },
    required: ['id', 'updatedAt', ...required],
    indexes,
  };
}

export const participantsSchemaV0 = schema(
  'participants',
  {
    role: indexedText(16),
    firstName: text,
    lastName: indexedText(200),
    email: indexedText(254),
    department: indexedText(200),
    jobTitle: text,
    careerStage: text,
    managerEmail: text,
    location: text,
    languages: { type: 'array', items: { type: 'string' } },
    availability: { type: 'array', items: { type: 'object' } },
    meetingFormat: text,
    topics: { type: 'array', items: { type: 'object' } },
    learnFromOther: { type: 'array', items: { type: 'string' } },
    motivation: text,
    consents: { type: 'object' },
    capacity: { type: 'number' },
    status: indexedText(16),
    createdAt: stamp,
    /** Marks the demo programme's people so "remove sample data" finds exactly them. */
    sample: { type: 'boolean' },
  },
  ['role', 'lastName', 'email', 'department', 'status'],
  ['email', 'role', 'status', 'department', 'lastName'],
);

export const topicsSchemaV0 = schema(
  'topics',
  {
    names: { type: 'object' },
    kind: text,
    retired: { type: 'boolean' },
    mergedInto: text,
  },
  [],
  [],
);

/** Primary key is the employee's email (lower-case): one manager per employee. */
export const orgLinksSchemaV0 = schema(
  'org-links',
  { employeeEmail: text, managerEmail: indexedText(254), sample: { type: 'boolean' } },
  ['managerEmail'],
  ['managerEmail'],
);

export const roundsSchemaV0 = schema(
  'rounds',
  {
    name: text,
    periodStart: indexedText(10),
    periodEnd: text,
    plannedMeetingsPerTandem: { type: 'number' },
    cadenceWeeks: { type: 'number' },
    timeZone: text,
    status: indexedText(16),
    enrolledParticipantIds: { type: 'array', items: { type: 'string' } },
    closedAt: text,
    createdAt: stamp,
    sample: { type: 'boolean' },
  },
  ['periodStart', 'status'],
  ['status', 'periodStart'],
);

export const tandemsSchemaV0 = schema(
  'tandems',
  {
    roundId: indexedText(128),
    mentorId: indexedText(128),
    menteeId: indexedText(128),
    score: { type: 'number' },
    breakdown: { type: 'object' },
    locked: { type: 'boolean' },
    status: text,
    ending: { type: 'object' },
    startedOn: text,
    violations: { type: 'array', items: { type: 'string' } },
    overrideJustification: text,
    createdAt: stamp,
  },
  ['roundId', 'mentorId', 'menteeId'],
  ['roundId', 'mentorId', 'menteeId'],
);

export const meetingsSchemaV0 = schema(
  'meetings',
  {
    roundId: indexedText(128),
    tandemId: indexedText(128),
    sequence: { type: 'number' },
    plannedAt: text,
    state: text,
    heldOn: text,
    durationMinutes: { type: 'number' },
    format: text,
    topicsCovered: { type: 'object' },
    summary: text,
    ratings: { type: 'object' },
    cancelReason: text,
    revision: { type: 'number' },
  },
  ['roundId', 'tandemId'],
  ['roundId', 'tandemId'],
);

export const feedbackSchemaV0 = schema(
  'feedback',
  {
    participantId: indexedText(128),
    roundId: indexedText(128),
    phase: text,
    selfAssessment: { type: 'object' },
    satisfaction: { type: 'number' },
    wouldRecommend: { type: 'boolean' },
    changePutIntoPractice: text,
    quote: text,
    consentToQuote: { type: 'boolean' },
  },
  ['participantId', 'roundId'],
  ['roundId', 'participantId'],
);

/** Pairs HR forbids; id is `<mentorId>|<menteeId>`. */
export const exclusionsSchemaV0 = schema(
  'exclusions',
  { mentorId: indexedText(128), menteeId: text, reason: text, createdAt: stamp },
  ['mentorId', 'menteeId'],
  ['mentorId'],
);

/** Programme-wide settings shared between HR laptops (pairing weights, organisation name, retention). */
export const programmeSettingsSchemaV0 = schema('programme-settings', { value: { type: 'object' } }, [], []);
