import { dayNumber, isoDateOf, isWeekendDay } from '../rounds/calendar-day';
import type { EndReason } from '../rounds/round.schema';
import { createSampleRandom } from './sample-random';
import type { SampleRandom } from './sample-random';
import {
  CANCEL_REASONS,
  CHANGES_PUT_INTO_PRACTICE,
  EARLY_END_NOTE,
  MEETING_SUMMARIES,
  MENTEE_QUOTES,
  MENTOR_QUOTES,
  PRIVATE_QUOTE,
} from './demo-texts';

/** The parts of a participant the demo stories need. */
export type DemoPerson = {
  id: string;
  topics: readonly { topicId: string; level: number }[];
  learnFromOther: readonly string[];
  meetingFormat: 'in_person' | 'remote' | 'either';
  location?: string | undefined;
};

/** A confirmed tandem with its planned meetings (`date`: local `YYYY-MM-DD`). */
export type DemoTandem = {
  id: string;
  mentor: DemoPerson;
  mentee: DemoPerson;
  meetings: readonly { id: string; sequence: number; date: string }[];
};

/** How a tandem's round went so far. */
export type DemoStory = 'steady' | 'lateLogging' | 'behind' | 'stalled' | 'endedEarly';

/** What HR would enter with `meetings:log` (same shape as its input). */
export type DemoMeetingLog = {
  meetingId: string;
  state: 'held' | 'cancelled';
  heldOn?: string;
  durationMinutes?: number;
  format?: 'in_person' | 'remote';
  topicsCovered?: { toMentee: string[]; toMentor: string[] };
  summary?: string;
  ratings?: { mentor?: number; mentee?: number };
  cancelReason?: string;
};

export type DemoEnding = { tandemId: string; reason: EndReason; note: string; endedOn: string };

/** What HR would enter with `feedback:save` (same shape as its input). */
export type DemoFeedback = {
  participantId: string;
  roundId: string;
  phase: 'start' | 'end';
  selfAssessment: Record<string, number>;
  satisfaction?: number;
  wouldRecommend?: boolean;
  changePutIntoPractice?: string;
  quote?: string;
  consentToQuote: boolean;
};

export type DemoRoundScript = {
  stories: Record<string, DemoStory>;
  logs: DemoMeetingLog[];
  /** Apply after the logs: ending a tandem removes its planned meetings from the end date on. */
  endings: DemoEnding[];
  feedback: DemoFeedback[];
};

export type DemoRoundScriptInput = {
  seed: number;
  roundId: string;
  /** `current`: a running round with problems to show; `previous`: a finished round. */
  kind: 'current' | 'previous';
  /** HR's today, `YYYY-MM-DD`: meetings before it are logged, later ones stay planned. */
  today: string;
  /** German topic names by id, for the summaries. */
  topicNames: Readonly<Record<string, string>>;
  /** In a stable order (the caller sorts them), so the same seed tells the same stories. */
  tandems: readonly DemoTandem[];
};

const clamp = (n: number): number => Math.max(1, Math.min(5, n));

function assignStories(
  kind: DemoRoundScriptInput['kind'],
  ids: readonly string[],
  random: SampleRandom,
): Record<string, DemoStory> {
  const special: DemoStory[] =
    kind === 'current' ? ['endedEarly', 'stalled', 'behind', 'lateLogging', 'lateLogging'] : [];
  const order = random.shuffled(ids);
  return Object.fromEntries(order.map((id, i) => [id, special[i] ?? 'steady']));
}

function formatOf(t: DemoTandem, random: SampleRandom): 'in_person' | 'remote' {
  if (
    t.mentor.location !== t.mentee.location ||
    t.mentor.meetingFormat === 'remote' ||
    t.mentee.meetingFormat === 'remote'
  ) {
    return 'remote';
  }
  if (t.mentor.meetingFormat === 'in_person' && t.mentee.meetingFormat === 'in_person') {
    return 'in_person';
  }
  return random.chance(0.6) ? 'in_person' : 'remote';
}

function heldLog(
  t: DemoTandem,
  meeting: DemoTandem['meetings'][number],
  input: DemoRoundScriptInput,
  random: SampleRandom,
): DemoMeetingLog {
  const digital = t.mentee.topics.map((x) => x.topicId);
  const management = [...t.mentor.learnFromOther];
  const first = meeting.sequence === 1;
  const topic = digital[meeting.sequence % Math.max(1, digital.length)];
  const learned = management[meeting.sequence % Math.max(1, management.length)];
  const summary = (MEETING_SUMMARIES[meeting.sequence - 1] ?? MEETING_SUMMARIES[3] ?? '')
    .replace(
      '{topic}',
      topic === undefined ? 'digitalen Werkzeugen' : (input.topicNames[topic] ?? topic),
    )
    .replace(
      '{management}',
      learned === undefined ? 'Führung' : (input.topicNames[learned] ?? learned),
    );
  const ratings = random.chance(0.6) ? { mentor: random.int(3, 5), mentee: random.int(3, 5) } : {};
  return {
    meetingId: meeting.id,
    state: 'held',
    heldOn: meeting.date,
    durationMinutes: random.pick([45, 60, 60, 60, 75, 90]),
    format: formatOf(t, random),
    topicsCovered: {
      toMentee: first || topic === undefined ? [] : [topic],
      toMentor: first || learned === undefined || !random.chance(0.7) ? [] : [learned],
    },
    summary,
    ratings,
  };
}

function cancelledLog(meetingId: string, random: SampleRandom): DemoMeetingLog {
  return { meetingId, state: 'cancelled', cancelReason: random.pick(CANCEL_REASONS) };
}

/** The next weekday `days` after `date`. */
function weekdayAfter(date: string, days: number): string {
  let d = dayNumber(date) + days;
  while (isWeekendDay(d)) {
    d += 1;
  }
  return isoDateOf(d);
}

function meetingLogs(
  t: DemoTandem,
  story: DemoStory,
  input: DemoRoundScriptInput,
  random: SampleRandom,
): { logs: DemoMeetingLog[]; ending?: DemoEnding } {
  const past = [...t.meetings]
    .filter((m) => m.date < input.today)
    .sort((a, b) => a.sequence - b.sequence);
  const logs: DemoMeetingLog[] = [];
  let cancelledOnce = false;
  for (const [i, m] of past.entries()) {
    const last = i === past.length - 1;
    if (story === 'endedEarly') {
      if (m.sequence <= 2) {
        logs.push(heldLog(t, m, input, random));
      }
    } else if (story === 'stalled') {
      logs.push(m.sequence <= 3 ? heldLog(t, m, input, random) : cancelledLog(m.id, random));
    } else if (story === 'behind') {
      if (m.sequence <= 2) {
        logs.push(heldLog(t, m, input, random));
      } else if (m.sequence === 3) {
        logs.push(cancelledLog(m.id, random));
      }
    } else if (story === 'lateLogging' && last) {
      continue;
    } else if (!cancelledOnce && m.sequence > 1 && random.chance(0.08)) {
      cancelledOnce = true;
      logs.push(cancelledLog(m.id, random));
    } else {
      logs.push(heldLog(t, m, input, random));
    }
  }
  if (story !== 'endedEarly') {
    return { logs };
  }
  const second = past.find((m) => m.sequence === 2);
  const endedOn = weekdayAfter(second?.date ?? input.today, 10);
  return {
    logs,
    ending: {
      tandemId: t.id,
      reason: 'role_change',
      note: EARLY_END_NOTE,
      endedOn: endedOn < input.today ? endedOn : input.today,
    },
  };
}

/** Start ratings per topic: mentees rate their digital topics, mentors the management topics they want to learn. */
function startAssessment(
  person: DemoPerson,
  role: 'mentor' | 'mentee',
  random: SampleRandom,
): Record<string, number> {
  const ids = role === 'mentee' ? person.topics.map((t) => t.topicId) : [...person.learnFromOther];
  return Object.fromEntries(ids.map((id) => [id, random.int(1, 2)]));
}

/**
 * The demo story of one round: which meetings were held (with duration, format, topics and a
 * short summary) or cancelled (with a reason), which tandem ended early, and the start and end
 * feedback people gave. Pure and deterministic for a given seed, today and tandem order.
 *
 * In the current round one tandem ended early, one stalled (two cancellations in a row), one is
 * behind plan with meetings nobody logged, two have their latest meeting still to log, and the
 * rest met as planned with the odd cancellation; most people gave start feedback, a few already
 * end feedback. In the previous round everyone met and nearly everyone gave both, with quotes
 * (all but one with consent to print them).
 */
export function planDemoRound(input: DemoRoundScriptInput): DemoRoundScript {
  const random = createSampleRandom(input.seed + (input.kind === 'current' ? 1 : 2));
  const stories = assignStories(
    input.kind,
    input.tandems.map((t) => t.id),
    random,
  );
  const logs: DemoMeetingLog[] = [];
  const endings: DemoEnding[] = [];
  const feedback: DemoFeedback[] = [];
  const previous = input.kind === 'previous';
  // Previous round: three printable quotes and one without consent; current round: two early voices.
  const quotes: Record<'mentor' | 'mentee', string[]> = previous
    ? { mentee: MENTEE_QUOTES.slice(0, 2), mentor: [MENTOR_QUOTES[0] ?? '', PRIVATE_QUOTE] }
    : { mentee: MENTEE_QUOTES.slice(2, 3), mentor: MENTOR_QUOTES.slice(1, 2) };
  for (const t of input.tandems) {
    const story = stories[t.id] ?? 'steady';
    const result = meetingLogs(t, story, input, random);
    logs.push(...result.logs);
    if (result.ending) {
      endings.push(result.ending);
    }
    for (const [role, person] of [
      ['mentor', t.mentor],
      ['mentee', t.mentee],
    ] as const) {
      const start = startAssessment(person, role, random);
      if (random.chance(previous ? 0.95 : 0.85)) {
        feedback.push({
          participantId: person.id,
          roundId: input.roundId,
          phase: 'start',
          selfAssessment: start,
          consentToQuote: false,
        });
      }
      const gaveEnd = previous
        ? random.chance(0.9)
        : story === 'endedEarly' || (story === 'steady' && random.chance(0.15));
      if (!gaveEnd) {
        continue;
      }
      const satisfaction = story === 'endedEarly' ? 3 : random.pick([3, 4, 4, 5, 5, 5]);
      const quote = story === 'endedEarly' ? undefined : quotes[role].shift();
      feedback.push({
        participantId: person.id,
        roundId: input.roundId,
        phase: 'end',
        selfAssessment: Object.fromEntries(
          Object.entries(start).map(([id, level]) => [id, clamp(level + random.int(1, 2))]),
        ),
        satisfaction,
        wouldRecommend: satisfaction >= 4 || random.chance(0.5),
        ...(random.chance(0.5)
          ? { changePutIntoPractice: random.pick(CHANGES_PUT_INTO_PRACTICE) }
          : {}),
        ...(quote === undefined || quote === '' ? {} : { quote }),
        consentToQuote: quote !== undefined && quote !== '' && quote !== PRIVATE_QUOTE,
      });
    }
  }
  return { stories, logs, endings, feedback };
}
