import { z } from 'zod';
import {
  EndReasonSchema,
  FeedbackObjectSchema,
  IdSchema,
  IsoDateSchema,
  MeetingFormatSchema,
  RatingSchema,
  RoundObjectSchema,
  RoundStatusSchema,
  SUMMARY_MAX_LENGTH,
  TopicsCoveredSchema,
  parseDayNumber,
} from '../../domain/rounds';
import type {
  DueThisWeek,
  EndReason,
  Feedback,
  Meeting,
  Round,
  RoundDashboard,
  Tandem,
} from '../../domain/rounds';
import { none, out } from '../method';
import type { MethodSpec } from '../method';
import type { ROUNDS_CHANNELS } from './rounds.channels';

/*
 * The rounds area's IPC contract: rounds and enrolment, tandems after pairing, the meeting
 * plan and session logs, feedback, calendar export, dashboard and reminders. Every write
 * is refused by main for a closed round, whatever the renderer sends.
 */

const periodOrdered = (r: {
  periodStart?: string | undefined;
  periodEnd?: string | undefined;
}): boolean =>
  r.periodStart === undefined ||
  r.periodEnd === undefined ||
  (parseDayNumber(r.periodStart) ?? 0) < (parseDayNumber(r.periodEnd) ?? 0);

const RoundFieldsSchema = RoundObjectSchema.pick({
  name: true,
  periodStart: true,
  periodEnd: true,
  plannedMeetingsPerTandem: true,
  cadenceWeeks: true,
  timeZone: true,
});

/** A new round: name and period; meetings per tandem default 6, cadence 4 weeks, zone Europe/Berlin. */
export const RoundCreateInputSchema = RoundFieldsSchema.strict().refine(periodOrdered, {
  error: 'validation.round.periodOrder',
  path: ['periodEnd'],
});
export type RoundCreateInput = z.input<typeof RoundCreateInputSchema>;

const RoundPatchSchema = z
  .object({
    name: RoundFieldsSchema.shape.name.optional(),
    periodStart: IsoDateSchema.optional(),
    periodEnd: IsoDateSchema.optional(),
    plannedMeetingsPerTandem: z.int().min(1).max(24).optional(),
    cadenceWeeks: z.int().min(1).max(12).optional(),
    timeZone: RoundFieldsSchema.shape.timeZone.unwrap().optional(),
  })
  .strict();
export type RoundPatch = z.input<typeof RoundPatchSchema>;

const RoundRefSchema = z.object({ roundId: IdSchema }).strict();
const TandemRefSchema = z.object({ tandemId: IdSchema }).strict();
const PeopleSchema = z
  .object({ roundId: IdSchema, participantIds: z.array(IdSchema).min(1).max(5000) })
  .strict();
const TimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.meeting.plannedAt' });

/** What HR records about one meeting: facts, never the private conversation. */
export const MeetingLogInputSchema = z
  .object({
    meetingId: IdSchema,
    state: z.enum(['held', 'cancelled']),
    heldOn: IsoDateSchema.optional(),
    durationMinutes: z.int().min(5).max(480).optional(),
    format: MeetingFormatSchema.optional(),
    topicsCovered: TopicsCoveredSchema.optional(),
    summary: z
      .string()
      .trim()
      .max(SUMMARY_MAX_LENGTH, { error: 'validation.meeting.summaryTooLong' })
      .optional(),
    ratings: z
      .object({ mentor: RatingSchema.optional(), mentee: RatingSchema.optional() })
      .optional(),
    cancelReason: z.string().trim().max(200).optional(),
  })
  .strict();
export type MeetingLogInput = z.input<typeof MeetingLogInputSchema>;

/** One participant's feedback for a phase; saving again replaces the earlier answers. */
export const FeedbackSaveInputSchema = FeedbackObjectSchema.omit({ id: true })
  .strict()
  .refine((f) => !f.consentToQuote || (f.quote ?? '').length > 0, {
    error: 'validation.feedback.quoteMissing',
    path: ['quote'],
  });
export type FeedbackSaveInput = z.input<typeof FeedbackSaveInputSchema>;

export const OrganizerSchema = z
  .object({
    name: z.string().trim().min(1, { error: 'validation.common.required' }).max(200),
    email: z.email({ error: 'validation.calendar.email' }),
  })
  .strict();
export type Organizer = z.infer<typeof OrganizerSchema>;

/** Counts shown in the list of rounds. */
export type RoundCounts = {
  enrolled: number;
  tandems: number;
  confirmed: number;
  meetingsPlanned: number;
  meetingsHeld: number;
};
export type RoundSummary = Round & { updatedAt: string; closedAt?: string; counts: RoundCounts };

/** A participant who can be enrolled (active participants only). */
export type EnrolCandidate = {
  id: string;
  name: string;
  role: 'mentor' | 'mentee';
  department: string;
  email: string;
  enrolled: boolean;
};

export type PersonRef = { id: string; name: string; email: string; role: 'mentor' | 'mentee' };
export type TandemView = Tandem & { updatedAt: string; mentor: PersonRef; mentee: PersonRef };
export type MeetingView = Meeting & { updatedAt: string; revision?: number };
export type TopicChoice = {
  id: string;
  name: { de: string; en: string };
  kind: 'digital' | 'management';
};

export type HistoryEntry = {
  roundId: string;
  roundName: string;
  periodStart: string;
  tandemId: string;
  mentor: PersonRef;
  mentee: PersonRef;
  status: Tandem['status'];
  endReason?: EndReason;
};

export type RepairResult = {
  created: TandemView[];
  /** Freed people the engine could not pair, with the engine's reason code. */
  unpaired: { participantId: string; name: string; reason: string }[];
};

export type PlanResult = { tandems: number; meetings: number; skippedTandems: number };
export type ExportResult = { path: string; events: number } | null;
export type DashboardView = {
  round: RoundSummary;
  today: string;
  dashboard: RoundDashboard;
  people: Record<string, PersonRef>;
};
export type DueRound = {
  roundId: string;
  roundName: string;
  due: DueThisWeek;
  people: Record<string, PersonRef>;
  tandems: Record<string, { mentorId: string; menteeId: string }>;
};

export const roundsContract = {
  'rounds:list': { input: none, output: out<RoundSummary[]>() },
  'rounds:get': { input: RoundRefSchema, output: out<RoundSummary>() },
  'rounds:create': { input: RoundCreateInputSchema, output: out<RoundSummary>() },
  'rounds:update': {
    input: z.object({ roundId: IdSchema, patch: RoundPatchSchema }).strict(),
    output: out<RoundSummary>(),
  },
  'rounds:candidates': { input: RoundRefSchema, output: out<EnrolCandidate[]>() },
  'rounds:enrol': { input: PeopleSchema, output: out<RoundSummary>() },
  'rounds:unenrol': { input: PeopleSchema, output: out<RoundSummary>() },
  'rounds:transition': {
    input: z.object({ roundId: IdSchema, to: RoundStatusSchema }).strict(),
    output: out<RoundSummary>(),
  },
  'rounds:history': { input: none, output: out<HistoryEntry[]>() },
  'tandems:list': { input: RoundRefSchema, output: out<TandemView[]>() },
  'tandems:confirm': { input: TandemRefSchema, output: out<TandemView>() },
  'tandems:endEarly': {
    input: z
      .object({
        tandemId: IdSchema,
        reason: EndReasonSchema,
        note: z.string().trim().max(300).optional(),
        endedOn: IsoDateSchema.optional(),
      })
      .strict(),
    output: out<TandemView>(),
  },
  'tandems:repair': { input: RoundRefSchema, output: out<RepairResult>() },
  'meetings:list': {
    input: z.object({ roundId: IdSchema, tandemId: IdSchema.optional() }).strict(),
    output: out<MeetingView[]>(),
  },
  'meetings:generatePlan': {
    input: z
      .object({
        roundId: IdSchema,
        preferredWeekday: z.int().min(1).max(5).optional(),
        preferredTime: TimeSchema.optional(),
      })
      .strict(),
    output: out<PlanResult>(),
  },
  'meetings:reschedule': {
    input: z
      .object({
        meetingId: IdSchema,
        date: IsoDateSchema,
        time: TimeSchema.optional(),
        respread: z.boolean(),
      })
      .strict(),
    output: out<MeetingView[]>(),
  },
  'meetings:log': { input: MeetingLogInputSchema, output: out<MeetingView>() },
  'meetings:topics': { input: none, output: out<TopicChoice[]>() },
  'feedback:list': { input: RoundRefSchema, output: out<Feedback[]>() },
  'feedback:save': { input: FeedbackSaveInputSchema, output: out<Feedback>() },
  'calendar:organizer': { input: none, output: out<Organizer | null>() },
  'calendar:exportIcs': {
    input: z
      .object({
        roundId: IdSchema,
        tandemId: IdSchema.optional(),
        organizer: OrganizerSchema,
        language: z.enum(['de', 'en']),
      })
      .strict(),
    output: out<ExportResult>(),
  },
  'dashboard:round': { input: RoundRefSchema, output: out<DashboardView>() },
  'dashboard:due': { input: none, output: out<DueRound[]>() },
} satisfies { [C in (typeof ROUNDS_CHANNELS)[number]]: MethodSpec };
