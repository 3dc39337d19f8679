import { z } from 'zod';

import { IsoDateSchema } from './calendar-day';
import { IdSchema } from './round.schema';

/** Longest HR-visible summary of a meeting. HR records facts, not the private conversation. */
export const SUMMARY_MAX_LENGTH = 500;

export const MEETING_STATES = ['planned', 'held', 'cancelled'] as const;
export const MeetingStateSchema = z.enum(MEETING_STATES);
export type MeetingState = z.infer<typeof MeetingStateSchema>;

export const MEETING_FORMATS = ['in_person', 'remote'] as const;
export const MeetingFormatSchema = z.enum(MEETING_FORMATS, { error: 'validation.meeting.formatRequired' });
export type MeetingFormat = z.infer<typeof MeetingFormatSchema>;

/** A rating 1 (poor) … 5 (excellent). */
export const RatingSchema = z
  .int({ error: 'validation.common.rating' })
  .min(1, { error: 'validation.common.rating' })
  .max(5, { error: 'validation.common.rating' });

/**
 * A planned start: an ISO date-time with the offset of the round's zone, e.g.
 * `2028-03-27T10:00:00+02:00`. Its first ten characters are the local date.
 */
export const PlannedAtSchema = z.iso.datetime({ offset: true, local: false, error: 'validation.meeting.plannedAt' });

/**
 * Topics talked about, by catalogue id, in both directions: digital topics the
 * mentor taught (`toMentee`) and management topics the mentee shared (`toMentor`).
 */
export const TopicsCoveredSchema = z.object({
  toMentee: z.array(IdSchema).default([]),
  toMentor: z.array(IdSchema).default([]),
});
export type TopicsCovered = z.output<typeof TopicsCoveredSchema>;

export const MeetingObjectSchema = z.object({
  id: IdSchema,
  /** Denormalised so the closed-round guard needs no lookup. */
  roundId: IdSchema,
  tandemId: IdSchema,
  /** 1-based position in the tandem's plan ("meeting 2 of 6"). */
  sequence: z.int().min(1).max(99),
  plannedAt: PlannedAtSchema,
  state: MeetingStateSchema.default('planned'),
  /** Date it actually took place; required when held. */
  heldOn: IsoDateSchema.optional(),
  durationMinutes: z
    .int({ error: 'validation.meeting.duration' })
    .min(5, { error: 'validation.meeting.duration' })
    .max(480, { error: 'validation.meeting.duration' })
    .optional(),
  format: MeetingFormatSchema.optional(),
  topicsCovered: TopicsCoveredSchema.default({ toMentee: [], toMentor: [] }),
  summary: z
    .string()
    .trim()
    .max(SUMMARY_MAX_LENGTH, { error: 'validation.meeting.summaryTooLong' })
    .default(''),
  ratings: z.object({ mentor: RatingSchema.optional(), mentee: RatingSchema.optional() }).default({}),
  /** Short factual reason ("illness", "travel"); required when cancelled. */
  cancelReason: z.string().trim().max(200, { error: 'validation.meeting.cancelReasonTooLong' }).optional(),
});

/** One planned, held or cancelled meeting of a tandem. */
export const MeetingSchema = MeetingObjectSchema.refine((m) => m.state !== 'held' || m.heldOn !== undefined, {
  error: 'validation.meeting.heldOnRequired',
  path: ['heldOn'],
})
  .refine((m) => m.state !== 'held' || m.durationMinutes !== undefined, {
    error: 'validation.meeting.duration',
    path: ['durationMinutes'],
  })
  .refine((m) => m.state !== 'held' || m.format !== undefined, {
    error: 'validation.meeting.formatRequired',
    path: ['format'],
  })
  .refine((m) => m.state !== 'cancelled' || (m.cancelReason ?? '').length > 0, {
    error: 'validation.meeting.cancelReasonRequired',
    path: ['cancelReason'],
  });
export type Meeting = z.output<typeof MeetingSchema>;
export type MeetingInput = z.input<typeof MeetingSchema>;
