import { z } from 'zod';

import type { ConstraintCode } from '../pairing/pairing.types';
import { IsoDateSchema, parseDayNumber } from './calendar-day';

/**
 * Schemas of rounds and tandems. Error messages are i18n keys (`validation.*`),
 * translated by the renderer (`rounds.de.ts` / `rounds.en.ts`).
 *
 * Each record schema comes as a plain object (`*ObjectSchema`, which can be
 * `.pick`ed / `.extend`ed for forms) and a checked schema with the
 * cross-field rules (`*Schema`); persist and accept over IPC only the latter.
 */

export const IdSchema = z.string().trim().min(1, { error: 'validation.common.required' }).max(200);

export const ROUND_STATUSES = ['planning', 'active', 'closed'] as const;
export const RoundStatusSchema = z.enum(ROUND_STATUSES);
export type RoundStatus = z.infer<typeof RoundStatusSchema>;

export const DEFAULT_MEETINGS_PER_TANDEM = 6;
export const DEFAULT_CADENCE_WEEKS = 4;
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

const isTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** An IANA time zone the runtime knows (`Europe/Berlin`). */
export const TimeZoneSchema = z.string().refine(isTimeZone, { error: 'validation.common.timeZone' });

export const RoundObjectSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, { error: 'validation.round.nameRequired' }).max(120, { error: 'validation.round.nameTooLong' }),
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  plannedMeetingsPerTandem: z
    .int({ error: 'validation.round.meetingsPerTandem' })
    .min(1, { error: 'validation.round.meetingsPerTandem' })
    .max(24, { error: 'validation.round.meetingsPerTandem' })
    .default(DEFAULT_MEETINGS_PER_TANDEM),
  cadenceWeeks: z
    .int({ error: 'validation.round.cadenceWeeks' })
    .min(1, { error: 'validation.round.cadenceWeeks' })
    .max(12, { error: 'validation.round.cadenceWeeks' })
    .default(DEFAULT_CADENCE_WEEKS),
  /** Zone in which planned meeting times are meant (meetings keep their local time across DST). */
  timeZone: TimeZoneSchema.default(DEFAULT_TIME_ZONE),
  status: RoundStatusSchema.default('planning'),
  enrolledParticipantIds: z.array(IdSchema).default([]),
});

const periodOrdered = (r: { periodStart: string; periodEnd: string }): boolean =>
  (parseDayNumber(r.periodStart) ?? 0) < (parseDayNumber(r.periodEnd) ?? 0);

/** A round (cohort) of the programme. `periodEnd` is after `periodStart`; both inclusive. */
export const RoundSchema = RoundObjectSchema.refine(periodOrdered, {
  error: 'validation.round.periodOrder',
  path: ['periodEnd'],
}).refine((r) => new Set(r.enrolledParticipantIds).size === r.enrolledParticipantIds.length, {
  error: 'validation.round.duplicateParticipant',
  path: ['enrolledParticipantIds'],
});
export type Round = z.output<typeof RoundSchema>;
/** What a form or IPC call may send: defaults not yet applied. */
export type RoundInput = z.input<typeof RoundSchema>;

/** Creating a round: the id and status are assigned by the service. */
export const RoundCreateSchema = RoundObjectSchema.omit({ id: true, status: true }).refine(periodOrdered, {
  error: 'validation.round.periodOrder',
  path: ['periodEnd'],
});
export type RoundCreate = z.output<typeof RoundCreateSchema>;

export const TANDEM_STATUSES = ['proposed', 'confirmed', 'ended_early'] as const;
export const TandemStatusSchema = z.enum(TANDEM_STATUSES);
export type TandemStatus = z.infer<typeof TandemStatusSchema>;

/**
 * Why a tandem ended early. A code (not free text) so reports can count
 * reasons without exposing private details; `other` needs a short note.
 */
export const END_REASONS = ['time', 'role_change', 'left_organisation', 'mismatch', 'personal', 'other'] as const;
export const EndReasonSchema = z.enum(END_REASONS, { error: 'validation.tandem.endReasonRequired' });
export type EndReason = z.infer<typeof EndReasonSchema>;

/** The pairing engine's hard-constraint codes, kept in step with `pairing.types.ts` by the check below. */
export const CONSTRAINT_CODES = [
  'reportingLine',
  'excluded',
  'previousPair',
  'missingConsent',
  'mentorCapacity',
  'noSharedLanguage',
  'samePerson',
] as const;
type SameKeys<A extends string, B extends string> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type ConstraintCodeValue = (typeof CONSTRAINT_CODES)[number];
type Assert<T extends true> = T;
// Fails to compile when the pairing engine gains or loses a constraint code.
type _ConstraintCodesInSync = Assert<SameKeys<(typeof CONSTRAINT_CODES)[number], ConstraintCode>>;

export const TandemEndingSchema = z.object({
  reason: EndReasonSchema,
  /** Optional for codes, required for `other`; HR-visible, never printed in reports. */
  note: z.string().trim().max(300, { error: 'validation.tandem.endNoteTooLong' }).optional(),
  endedOn: IsoDateSchema,
});
export type TandemEnding = z.infer<typeof TandemEndingSchema>;

export const TandemObjectSchema = z.object({
  id: IdSchema,
  roundId: IdSchema,
  mentorId: IdSchema,
  menteeId: IdSchema,
  /** Pairing score 0…100 (manual pairs without a score: 0). */
  score: z.number().min(0).max(100).default(0),
  /** The pairing engine's explanation, stored as it came; the rounds domain never reads it. */
  breakdown: z.record(z.string(), z.unknown()).default({}),
  locked: z.boolean().default(false),
  status: TandemStatusSchema.default('proposed'),
  /** Set when status is `ended_early`. */
  ending: TandemEndingSchema.optional(),
  /** First day of a tandem formed mid-round by re-pairing; before it, the round start counts. */
  startedOn: IsoDateSchema.optional(),
  /** Hard constraints HR overrode when pairing these two by hand. */
  violations: z.array(z.enum(CONSTRAINT_CODES)).default([]),
  /** HR's written justification; required when `violations` is not empty. */
  overrideJustification: z.string().trim().max(1000, { error: 'validation.tandem.justificationTooLong' }).optional(),
});

/** A mentor–mentee pair in one round. */
export const TandemSchema = TandemObjectSchema.refine((t) => t.mentorId !== t.menteeId, {
  error: 'validation.tandem.samePerson',
  path: ['menteeId'],
})
  .refine((t) => t.violations.length === 0 || (t.overrideJustification ?? '').length > 0, {
    error: 'validation.tandem.justificationRequired',
    path: ['overrideJustification'],
  })
  .refine((t) => (t.status === 'ended_early') === (t.ending !== undefined), {
    error: 'validation.tandem.endReasonRequired',
    path: ['ending'],
  })
  .refine((t) => t.ending?.reason !== 'other' || (t.ending.note ?? '').length > 0, {
    error: 'validation.tandem.endNoteRequired',
    path: ['ending', 'note'],
  });
export type Tandem = z.output<typeof TandemSchema>;
export type TandemInput = z.input<typeof TandemSchema>;
