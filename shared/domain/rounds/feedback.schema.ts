import { z } from 'zod';

import { RatingSchema } from './meeting.schema';
import { IdSchema } from './round.schema';

/** When the feedback was given: before the first meeting or at the end of the round. */
export const FEEDBACK_PHASES = ['start', 'end'] as const;
export const FeedbackPhaseSchema = z.enum(FEEDBACK_PHASES);
export type FeedbackPhase = z.infer<typeof FeedbackPhaseSchema>;

export const QUOTE_MAX_LENGTH = 400;

export const FeedbackObjectSchema = z.object({
  id: IdSchema,
  participantId: IdSchema,
  roundId: IdSchema,
  phase: FeedbackPhaseSchema,
  /**
   * Self-rating 1…5 per topic id. Mentees rate their digital skills, mentors
   * their understanding of management and leadership.
   */
  selfAssessment: z.record(IdSchema, RatingSchema).default({}),
  /** Satisfaction with the programme, 1…5 (usually asked at the end). */
  satisfaction: RatingSchema.optional(),
  wouldRecommend: z.boolean().optional(),
  /** One change the person put into practice. Shown to HR; never printed with a name. */
  changePutIntoPractice: z.string().trim().max(500, { error: 'validation.feedback.changeTooLong' }).optional(),
  quote: z.string().trim().max(QUOTE_MAX_LENGTH, { error: 'validation.feedback.quoteTooLong' }).optional(),
  /** Only a quote with this tick may ever appear in a report. */
  consentToQuote: z.boolean().default(false),
});

/** One participant's feedback for one phase of a round. */
export const FeedbackSchema = FeedbackObjectSchema.refine((f) => !f.consentToQuote || (f.quote ?? '').length > 0, {
  error: 'validation.feedback.quoteMissing',
  path: ['quote'],
});
export type Feedback = z.output<typeof FeedbackSchema>;
export type FeedbackInput = z.input<typeof FeedbackSchema>;
