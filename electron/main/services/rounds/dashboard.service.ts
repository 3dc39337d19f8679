import { computeRoundDashboard, dueThisWeek } from '@shared/domain/rounds';
import type { Feedback, Meeting, Tandem } from '@shared/domain/rounds';
import type { DashboardView, DueRound, PersonRef } from '@shared/ipc/domains/rounds.contract';
import type { Repositories } from '../../db/repositories';
import { dayIn, loadRound, peopleById } from './round-access';
import type { StoredRound } from './round-access';
import type { RoundsService } from './rounds.service';

const namesOf = (map: ReadonlyMap<string, PersonRef>): Record<string, PersonRef> =>
  Object.fromEntries(map);

/** The round dashboard with names, and the "due this week" reminders over all active rounds. */
export function createDashboardService(
  repos: () => Repositories,
  now: () => Date,
  rounds: RoundsService,
) {
  async function records(
    roundId: string,
  ): Promise<{ tandems: Tandem[]; meetings: Meeting[]; feedback: Feedback[] }> {
    const r = repos();
    const [tandems, meetings, feedback] = await Promise.all([
      r.tandems.find({ roundId }),
      r.meetings.find({ roundId }),
      r.feedback.find({ roundId }),
    ]);
    return { tandems, meetings, feedback };
  }

  return {
    /** Held vs planned, overdue, at risk and feedback figures of one round, each with its tandems. */
    async round(roundId: string): Promise<DashboardView> {
      const round = await loadRound(repos(), roundId);
      const { tandems, meetings, feedback } = await records(roundId);
      const today = dayIn(now(), round.timeZone);
      const people = await peopleById(
        repos(),
        tandems.flatMap((t) => [t.mentorId, t.menteeId]),
      );
      return {
        round: await rounds.get(roundId),
        today,
        dashboard: computeRoundDashboard(round, tandems, meetings, feedback, today),
        people: namesOf(people),
      };
    },

    /** Meetings to log, meetings this week and missing feedback, per active round. */
    async due(): Promise<DueRound[]> {
      const active = ((await repos().rounds.find({ status: 'active' })) as StoredRound[]).sort(
        (a, b) => a.periodStart.localeCompare(b.periodStart),
      );
      const out: DueRound[] = [];
      for (const round of active) {
        const { tandems, meetings, feedback } = await records(round.id);
        const due = dueThisWeek(round, tandems, meetings, feedback, dayIn(now(), round.timeZone));
        const people = await peopleById(
          repos(),
          tandems.flatMap((t) => [t.mentorId, t.menteeId]),
        );
        out.push({
          roundId: round.id,
          roundName: round.name,
          due,
          people: namesOf(people),
          tandems: Object.fromEntries(
            tandems.map((t) => [t.id, { mentorId: t.mentorId, menteeId: t.menteeId }]),
          ),
        });
      }
      return out;
    },
  };
}
