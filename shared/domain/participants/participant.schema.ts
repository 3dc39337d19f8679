import { z } from 'zod';

import {
  CAREER_STAGES,
  DAY_SLOTS,
  LIMITS,
  MEETING_FORMATS,
  PARTICIPANT_ROLES,
  PARTICIPANT_STATUSES,
  TOPIC_LEVEL_MAX,
  TOPIC_LEVEL_MIN,
  WEEKDAYS,
} from './participant.constants';
import { VALIDATION_KEYS as V } from './validation-keys';

/** Trimmed, lower-cased, valid email: the single normalisation every side relies on. */
export const EmailSchema = z
  .string({ error: V.required })
  .trim()
  .toLowerCase()
  .min(1, { error: V.required })
  .max(LIMITS.email, { error: V.tooLong })
  .pipe(z.email({ error: V.emailInvalid }));

const requiredText = (max: number) =>
  z
    .string({ error: V.required })
    .trim()
    .min(1, { error: V.required })
    .max(max, { error: V.tooLong });

/** Optional free text: '' is allowed so form fields can stay controlled. */
const optionalText = (max: number) =>
  z.string({ error: V.invalid }).trim().max(max, { error: V.tooLong });

const isRealDate = (iso: string): boolean => {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
};

/** A calendar date as `YYYY-MM-DD` (no time, no zone: consents are signed on a day). */
export const IsoDateSchema = z
  .string({ error: V.dateInvalid })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: V.dateInvalid })
  .refine(isRealDate, { error: V.dateInvalid });

/** A consent: when given, the date it was given is required. */
export const ConsentSchema = z
  .object({
    given: z.boolean({ error: V.invalid }),
    date: IsoDateSchema.nullable(),
  })
  .superRefine((consent, ctx) => {
    if (consent.given && consent.date === null) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: V.consentDateRequired });
    }
  });
export type Consent = z.infer<typeof ConsentSchema>;

export const ConsentsSchema = z.object(
  { voluntary: ConsentSchema, confidentiality: ConsentSchema, dataProcessing: ConsentSchema },
  { error: V.required },
);
export type Consents = z.infer<typeof ConsentsSchema>;

/** Stable topic id as used by the catalogue (`ai_assistants`). */
export const TopicIdSchema = z
  .string({ error: V.topicInvalid })
  .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: V.topicInvalid })
  .max(LIMITS.topicId, { error: V.topicInvalid });

export const TopicRatingSchema = z.object({
  topicId: TopicIdSchema,
  level: z
    .number({ error: V.topicLevelInvalid })
    .int({ error: V.topicLevelInvalid })
    .min(TOPIC_LEVEL_MIN, { error: V.topicLevelInvalid })
    .max(TOPIC_LEVEL_MAX, { error: V.topicLevelInvalid }),
});
export type TopicRating = z.infer<typeof TopicRatingSchema>;

export const AvailabilitySlotSchema = z.object(
  {
    day: z.enum(WEEKDAYS, { error: V.availabilityInvalid }),
    slot: z.enum(DAY_SLOTS, { error: V.availabilityInvalid }),
  },
  { error: V.availabilityInvalid },
);
export type AvailabilitySlot = z.infer<typeof AvailabilitySlotSchema>;

/** ISO 639-1/-2 code such as `de`, `en`, `tr`; names like "Deutsch" are mapped by the importer. */
export const LanguageCodeSchema = z
  .string({ error: V.languageInvalid })
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, { error: V.languageInvalid });

const hasDuplicates = <T>(items: readonly T[], key: (item: T) => string): boolean =>
  new Set(items.map(key)).size !== items.length;

const participantShape = {
  role: z.enum(PARTICIPANT_ROLES, { error: V.roleInvalid }),
  firstName: requiredText(LIMITS.name),
  lastName: requiredText(LIMITS.name),
  email: EmailSchema,
  department: requiredText(LIMITS.text),
  jobTitle: optionalText(LIMITS.text),
  careerStage: z.enum(CAREER_STAGES, { error: V.careerStageInvalid }),
  /** Line manager; `undefined` (or '' from a form) when unknown. */
  managerEmail: z
    .union([z.literal(''), EmailSchema], { error: V.emailInvalid })
    .optional()
    .transform((value) => (value === '' ? undefined : value)),
  location: optionalText(LIMITS.text),
  languages: z
    .array(LanguageCodeSchema, { error: V.languagesRequired })
    .min(1, { error: V.languagesRequired })
    .max(LIMITS.languages, { error: V.tooMany })
    .refine((codes) => !hasDuplicates(codes, (c) => c), { error: V.duplicateEntry }),
  availability: z
    .array(AvailabilitySlotSchema, { error: V.availabilityInvalid })
    .max(LIMITS.availabilitySlots, { error: V.tooMany })
    .refine((slots) => !hasDuplicates(slots, (s) => `${s.day}-${s.slot}`), {
      error: V.duplicateEntry,
    }),
  meetingFormat: z.enum(MEETING_FORMATS, { error: V.meetingFormatInvalid }),
  /** Mentor: topics offered with own level. Mentee: topics wanted with baseline level. */
  topics: z
    .array(TopicRatingSchema, { error: V.topicsRequired })
    .min(1, { error: V.topicsRequired })
    .max(LIMITS.topics, { error: V.tooMany })
    .refine((topics) => !hasDuplicates(topics, (t) => t.topicId), { error: V.duplicateEntry }),
  /** Topics this person wants to learn from the other side (reverse direction). */
  learnFromOther: z
    .array(TopicIdSchema, { error: V.invalid })
    .max(LIMITS.topics, { error: V.tooMany })
    .refine((ids) => !hasDuplicates(ids, (id) => id), { error: V.duplicateEntry }),
  motivation: optionalText(LIMITS.motivation),
  consents: ConsentsSchema,
  /** How many mentees a mentor takes per round; always 1 for mentees. */
  capacity: z.union([z.literal(1), z.literal(2)], { error: V.capacityInvalid }),
};

type ParticipantCore = {
  role: 'mentor' | 'mentee';
  email: string;
  managerEmail?: string | undefined;
  capacity: 1 | 2;
};

const refineParticipant = (p: ParticipantCore, ctx: z.RefinementCtx): void => {
  if (p.managerEmail !== undefined && p.managerEmail === p.email) {
    ctx.addIssue({ code: 'custom', path: ['managerEmail'], message: V.managerIsSelf });
  }
  if (p.role === 'mentee' && p.capacity !== 1) {
    ctx.addIssue({ code: 'custom', path: ['capacity'], message: V.capacityMentorOnly });
  }
};

/**
 * Participant as entered by the form or produced by the importer. The same schema
 * parses IPC input in main, so the renderer is never trusted. Every error message is
 * an i18n key from {@link VALIDATION_KEYS}.
 */
export const ParticipantInputSchema = z
  .object(participantShape, { error: V.invalid })
  .superRefine(refineParticipant);
/** Form values (before trimming and normalisation). */
export type ParticipantInputValues = z.input<typeof ParticipantInputSchema>;
/** Normalised participant input (after parsing). */
export type ParticipantInput = z.output<typeof ParticipantInputSchema>;

export const ParticipantIdSchema = z
  .string({ error: V.invalid })
  .min(1, { error: V.invalid })
  .max(64, { error: V.tooLong });

/** A stored participant: the input plus identity, timestamps (ISO date-time) and status. */
export const ParticipantSchema = z
  .object(
    {
      ...participantShape,
      id: ParticipantIdSchema,
      createdAt: z.iso.datetime({ error: V.dateInvalid }),
      updatedAt: z.iso.datetime({ error: V.dateInvalid }),
      status: z.enum(PARTICIPANT_STATUSES, { error: V.invalid }),
    },
    { error: V.invalid },
  )
  .superRefine(refineParticipant);
export type Participant = z.output<typeof ParticipantSchema>;
