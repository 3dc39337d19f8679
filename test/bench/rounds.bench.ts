// Rounds dashboard benchmark: a round of 500 tandems with 3,000 meetings (6 each,
// a mix of held, cancelled and planned) and start/end feedback from most people.
import { computeRoundDashboard, planMeetings, RoundSchema, TandemSchema, MeetingSchema, FeedbackSchema } from '../../shared/domain/rounds';
import type { Feedback, Meeting, Tandem } from '../../shared/domain/rounds';

const print = (name: string, value: number, unit: string): void => {
  console.log(JSON.stringify({ name, value: Math.round(value * 100) / 100, unit }));
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

const TANDEMS = 500;
const round = RoundSchema.parse({ id: 'r1', name: 'Bench', periodStart: '2028-01-10', periodEnd: '2028-06-30', status: 'active' });
const slots = planMeetings({ periodStart: round.periodStart, periodEnd: round.periodEnd, count: 6, cadenceWeeks: 4, timeZone: 'Europe/Berlin' });
const tandems: Tandem[] = [];
const meetings: Meeting[] = [];
const feedback: Feedback[] = [];
for (let i = 0; i < TANDEMS; i += 1) {
  const ended = i % 25 === 0;
  tandems.push(
    TandemSchema.parse({
      id: `t${i}`,
      roundId: 'r1',
      mentorId: `m${i}`,
      menteeId: `e${i}`,
      status: ended ? 'ended_early' : 'confirmed',
      ...(ended ? { ending: { reason: 'time', endedOn: '2028-03-01' } } : {}),
    }),
  );
  slots.forEach((slot, k) => {
    const state = slot.date > '2028-04-15' ? 'planned' : (i + k) % 7 === 0 ? 'cancelled' : 'held';
    meetings.push(
      MeetingSchema.parse({
        id: `t${i}-${k}`,
        roundId: 'r1',
        tandemId: `t${i}`,
        sequence: slot.sequence,
        plannedAt: slot.plannedAt,
        state,
        ...(state === 'held' ? { heldOn: slot.date, durationMinutes: 60, format: 'remote', topicsCovered: { toMentee: [`topic${(i + k) % 12}`], toMentor: [] } } : {}),
        ...(state === 'cancelled' ? { cancelReason: 'Krankheit' } : {}),
      }),
    );
  });
  for (const person of [`m${i}`, `e${i}`]) {
    if (i % 10 !== 3) {
      feedback.push(FeedbackSchema.parse({ id: `f-${person}-s`, participantId: person, roundId: 'r1', phase: 'start', selfAssessment: { ai: 1 + (i % 5) } }));
    }
    if (i % 3 === 0) {
      feedback.push(FeedbackSchema.parse({ id: `f-${person}-e`, participantId: person, roundId: 'r1', phase: 'end', satisfaction: 1 + (i % 5), wouldRecommend: i % 4 !== 0 }));
    }
  }
}
if (meetings.length !== 3000) {
  throw new Error(`expected 3000 meetings, got ${meetings.length}`);
}

const time = (runs: number): number => {
  const times: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    globalThis.gc?.();
    const start = performance.now();
    const dashboard = computeRoundDashboard(round, tandems, meetings, feedback, '2028-04-20');
    times.push(performance.now() - start);
    if (dashboard.tandems.length !== TANDEMS) {
      throw new Error('dashboard lost tandems');
    }
  }
  return median(times);
};

time(5); // warm up the JIT
print('rounds.dashboard_500_ms', time(15), 'ms');
