import { SEED_TOPICS } from '@shared/domain/topics';
import {
  assertRoundEditable,
  dayNumber,
  localDateOf,
  planMeetings,
  replanAfterEdit,
} from '@shared/domain/rounds';
import type { PlannedSlot, Weekday } from '@shared/domain/rounds';
import type {
  MeetingLogInput,
  MeetingView,
  PlanResult,
  TopicChoice,
} from '@shared/ipc/domains/rounds.contract';
import type { Repositories } from '../../db/repositories';
import { AppError } from '../../ipc/errors';
import { loadEditableRound, loadRound } from './round-access';
import type { StoredRound } from './round-access';

export type GeneratePlanOptions = {
  preferredWeekday?: number | undefined;
  preferredTime?: string | undefined;
};
export type RescheduleInput = {
  meetingId: string;
  date: string;
  time?: string | undefined;
  respread: boolean;
};

const bySequence = (a: MeetingView, b: MeetingView): number => a.sequence - b.sequence;

/**
 * How many meetings a tandem formed mid-round gets: the round's target, or fewer when the
 * remaining weeks cannot hold them at the round's cadence (one per cadence, at least one).
 */
export function meetingsForStart(round: StoredRound, start: string): number {
  const days = dayNumber(round.periodEnd) - dayNumber(start) + 1;
  const fit = Math.floor(days / (round.cadenceWeeks * 7)) + 1;
  return Math.max(1, Math.min(round.plannedMeetingsPerTandem, fit));
}

/**
 * The meeting plan and session logs: planned dates per confirmed tandem (weekdays, evenly
 * spread, in the round's time zone), moving one meeting (optionally re-spreading the later
 * ones), and what HR records after a meeting was held or cancelled.
 */
export function createMeetingsService(
  repos: () => Repositories,
  progress: (task: string, done: number, total: number) => void,
) {
  async function editableMeeting(meetingId: string) {
    const meeting = (await repos().meetings.require(meetingId)) as MeetingView;
    const round = await loadEditableRound(repos(), meeting.roundId);
    return { meeting, round };
  }

  return {
    /** Meetings of a round (or one tandem), by tandem and sequence. */
    async list(roundId: string, tandemId?: string): Promise<MeetingView[]> {
      await loadRound(repos(), roundId);
      const meetings = (await repos().meetings.find(
        tandemId === undefined ? { roundId } : { roundId, tandemId },
      )) as MeetingView[];
      return meetings.sort((a, b) => a.tandemId.localeCompare(b.tandemId) || bySequence(a, b));
    },

    /**
     * Plans the meetings of every confirmed tandem that has none yet. Tandems with meetings
     * keep them (nothing logged is ever overwritten); re-paired tandems start on their
     * `startedOn` day.
     */
    async generatePlan(roundId: string, options: GeneratePlanOptions = {}): Promise<PlanResult> {
      const round = await loadEditableRound(repos(), roundId);
      const tandems = (await repos().tandems.find({ roundId })).filter(
        (t) => t.status === 'confirmed',
      );
      const planned = new Set((await repos().meetings.find({ roundId })).map((m) => m.tandemId));
      const todo = tandems.filter((t) => !planned.has(t.id));
      let meetings = 0;
      for (const [i, t] of todo.entries()) {
        const start =
          t.startedOn !== undefined && t.startedOn > round.periodStart
            ? t.startedOn
            : round.periodStart;
        const slots = planMeetings({
          periodStart: start,
          periodEnd: round.periodEnd,
          count: meetingsForStart(round, start),
          cadenceWeeks: round.cadenceWeeks,
          timeZone: round.timeZone,
          ...(options.preferredWeekday === undefined
            ? {}
            : { preferredWeekday: options.preferredWeekday as Weekday }),
          ...(options.preferredTime === undefined ? {} : { preferredTime: options.preferredTime }),
        });
        await repos().meetings.insertMany(
          slots.map((s) => ({
            roundId,
            tandemId: t.id,
            sequence: s.sequence,
            plannedAt: s.plannedAt,
            state: 'planned',
            revision: 0,
          })),
          'meeting.planned',
        );
        meetings += slots.length;
        progress('rounds.plan', i + 1, todo.length);
      }
      return { tandems: todo.length, meetings, skippedTandems: tandems.length - todo.length };
    },

    /**
     * Moves one planned meeting to a new date (and time). With `respread`, the tandem's later
     * planned meetings are spread again from it to the end of the round (`replanAfterEdit`);
     * logged meetings never move. Returns the meetings that changed.
     */
    async reschedule(input: RescheduleInput): Promise<MeetingView[]> {
      const { meeting, round } = await editableMeeting(input.meetingId);
      if (meeting.state !== 'planned') {
        throw new AppError('meeting.alreadyLogged', 'Only planned meetings can be moved.');
      }
      const all = (
        (await repos().meetings.find({ tandemId: meeting.tandemId })) as MeetingView[]
      ).sort(bySequence);
      const index = all.findIndex((m) => m.id === meeting.id);
      const scope = input.respread ? all : all.slice(0, index + 1);
      const slots: PlannedSlot[] = scope.map((m) => ({
        sequence: m.sequence,
        date: localDateOf(m.plannedAt),
        plannedAt: m.plannedAt,
      }));
      const next = replanAfterEdit({
        slots,
        editedIndex: index,
        newDate: input.date,
        ...(input.time === undefined ? {} : { newTime: input.time }),
        periodStart: round.periodStart,
        periodEnd: round.periodEnd,
        cadenceWeeks: round.cadenceWeeks,
        timeZone: round.timeZone,
      });
      const changed: MeetingView[] = [];
      for (const [i, slot] of next.entries()) {
        const m = scope[i];
        if (m === undefined || m.state !== 'planned' || m.plannedAt === slot.plannedAt) {
          continue;
        }
        changed.push(
          await repos().meetings.update(
            m.id,
            { plannedAt: slot.plannedAt, revision: (m.revision ?? 0) + 1 },
            { action: 'meeting.rescheduled' },
          ),
        );
      }
      return changed;
    },

    /** Records a meeting as held or cancelled (or corrects the record); the tandem must have been confirmed. */
    async log(input: MeetingLogInput): Promise<MeetingView> {
      const { meeting, round } = await editableMeeting(input.meetingId);
      assertRoundEditable(round);
      const tandem = await repos().tandems.require(meeting.tandemId);
      if (tandem.status === 'proposed') {
        throw new AppError(
          'meeting.tandemNotConfirmed',
          'Confirm the tandem before logging its meetings.',
        );
      }
      const held = input.state === 'held';
      const patch = {
        state: input.state,
        heldOn: held ? input.heldOn : undefined,
        durationMinutes: held ? input.durationMinutes : undefined,
        format: held ? input.format : undefined,
        topicsCovered: held
          ? {
              toMentee: input.topicsCovered?.toMentee ?? [],
              toMentor: input.topicsCovered?.toMentor ?? [],
            }
          : { toMentee: [], toMentor: [] },
        summary: input.summary ?? '',
        ratings: held ? (input.ratings ?? {}) : {},
        cancelReason: held ? undefined : input.cancelReason,
      };
      return await repos().meetings.update(meeting.id, patch, { action: `meeting.${input.state}` });
    },

    /** Topics HR can tick as covered: the stored catalogue (or the seed list before one exists), without retired ones. */
    async topics(): Promise<TopicChoice[]> {
      const stored = await repos().topics.find();
      const list = stored.length > 0 ? stored : SEED_TOPICS;
      return list
        .filter((t) => !t.retired && t.mergedInto === undefined)
        .map((t) => ({ id: t.id, name: t.name, kind: t.kind }));
    },
  };
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;
