import { dayNumber, isoWeekday, localDateOf } from './calendar-day';
import { isFeedbackPhaseDue } from './dashboard';
import { FEEDBACK_PHASES } from './feedback.schema';
import type { Feedback, FeedbackPhase } from './feedback.schema';
import type { Meeting } from './meeting.schema';
import { asOfDay, indexRound, tandemsOfPeople } from './round-index';
import type { Round, Tandem } from './round.schema';

export type MeetingReminder = { meetingId: string; tandemId: string; sequence: number; plannedAt: string };

export type FeedbackReminder = { participantId: string; role: 'mentor' | 'mentee'; phase: FeedbackPhase; tandemIds: readonly string[] };

export type DueThisWeek = {
  /** Planned meetings whose date has passed and that are not logged yet, oldest first. */
  meetingsToLog: readonly MeetingReminder[];
  /** Planned meetings from today to Sunday of this week. */
  upcoming: readonly MeetingReminder[];
  /** People whose feedback for a due phase is missing, by phase then participant id. */
  feedbackMissing: readonly FeedbackReminder[];
};

const byPlannedAt = (a: MeetingReminder, b: MeetingReminder): number =>
  a.plannedAt < b.plannedAt ? -1 : a.plannedAt > b.plannedAt ? 1 : a.tandemId < b.tandemId ? -1 : a.tandemId > b.tandemId ? 1 : 0;

/**
 * The in-app reminder list for HR: meetings to log, meetings coming up this
 * week and missing feedback. Only an active round has reminders; only
 * confirmed tandems have meetings to log; feedback is asked of everyone in a
 * confirmed or ended tandem (people who stopped early are asked too: their
 * view matters most).
 *
 * @param today `YYYY-MM-DD` in HR's zone.
 */
export const dueThisWeek = (
  round: Round,
  tandems: readonly Tandem[],
  meetings: readonly Meeting[],
  feedback: readonly Feedback[],
  today: string,
): DueThisWeek => {
  if (round.status !== 'active') {
    return { meetingsToLog: [], upcoming: [], feedbackMissing: [] };
  }
  const todayDay = dayNumber(today);
  const sunday = todayDay + 7 - isoWeekday(todayDay);
  const index = indexRound(round, tandems, meetings, feedback);
  const meetingsToLog: MeetingReminder[] = [];
  const upcoming: MeetingReminder[] = [];
  for (const t of index.tandems) {
    if (t.status !== 'confirmed') {
      continue;
    }
    for (const m of index.meetingsByTandem.get(t.id) ?? []) {
      if (m.state !== 'planned') {
        continue;
      }
      const day = dayNumber(localDateOf(m.plannedAt));
      const reminder = { meetingId: m.id, tandemId: m.tandemId, sequence: m.sequence, plannedAt: m.plannedAt };
      if (day < todayDay) {
        meetingsToLog.push(reminder);
      } else if (day <= sunday) {
        upcoming.push(reminder);
      }
    }
  }
  const asked = new Set(index.tandems.filter((t) => t.status !== 'proposed').flatMap((t) => [t.mentorId, t.menteeId]));
  const asOf = asOfDay(round, today);
  const feedbackMissing: FeedbackReminder[] = [];
  for (const phase of FEEDBACK_PHASES) {
    if (!isFeedbackPhaseDue(round, phase, asOf)) {
      continue;
    }
    for (const id of [...asked].sort()) {
      if (index.feedbackByPerson.get(id)?.[phase] === undefined) {
        feedbackMissing.push({ participantId: id, role: index.roleByPerson.get(id) ?? 'mentee', phase, tandemIds: tandemsOfPeople(index, [id]) });
      }
    }
  }
  return { meetingsToLog: meetingsToLog.sort(byPlannedAt), upcoming: upcoming.sort(byPlannedAt), feedbackMissing };
};
