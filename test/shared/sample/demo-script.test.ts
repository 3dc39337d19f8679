import { describe, expect, it } from 'vitest';
import { dayNumber, isoDateOf } from '@shared/domain/rounds';
import {
  PRIVATE_QUOTE,
  SAMPLE_SEED,
  createSampleRandom,
  demoRoundSpecs,
  planDemoRound,
} from '@shared/domain/sample';
import type { DemoTandem } from '@shared/domain/sample';

const TODAY = '2026-11-28';

/** Tandems with six meetings 31 days apart from 150 days ago: five past, one ahead. */
function tandems(count: number): DemoTandem[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `t${String(i).padStart(2, '0')}`,
    mentor: {
      id: `m${String(i)}`,
      topics: [{ topicId: 'ai_assistants', level: 4 }],
      learnFromOther: ['leading_teams'],
      meetingFormat: 'either',
      location: 'Hamburg',
    },
    mentee: {
      id: `e${String(i)}`,
      topics: [{ topicId: 'it_security', level: 1 }],
      learnFromOther: [],
      meetingFormat: 'either',
      location: 'Hamburg',
    },
    meetings: Array.from({ length: 6 }, (_, k) => ({
      id: `t${String(i)}-${String(k + 1)}`,
      sequence: k + 1,
      date: isoDateOf(dayNumber(TODAY) - 150 + k * 31),
    })),
  }));
}

const input = (kind: 'current' | 'previous', n = 30) => ({
  seed: SAMPLE_SEED,
  roundId: 'r1',
  kind,
  today: TODAY,
  topicNames: { it_security: 'IT-Sicherheit', leading_teams: 'Teams führen' },
  tandems: tandems(n),
});

describe('sample random', () => {
  it('repeats its sequence for a seed and differs for another', () => {
    const a = createSampleRandom(7);
    const b = createSampleRandom(7);
    const seq = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seq);
    expect(createSampleRandom(8).next()).not.toBe(seq[0]);
    expect(seq.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('demo round specs', () => {
  it('puts a closed round before a running one that spans today', () => {
    const [previous, current] = demoRoundSpecs(TODAY);
    if (previous === undefined || current === undefined) {
      throw new Error('two rounds expected');
    }
    expect(current.periodStart < TODAY && current.periodEnd > TODAY).toBe(true);
    expect(previous.periodEnd < current.periodStart).toBe(true);
    expect([previous.finalStatus, current.finalStatus]).toEqual(['closed', 'active']);
    expect(current.name).toBe('Beispielrunde Herbst 2026');
    expect(previous.name).toBe('Beispielrunde Frühjahr 2026');
  });
});

describe('planDemoRound', () => {
  it('is deterministic and logs only meetings before today', () => {
    const a = planDemoRound(input('current'));
    expect(planDemoRound(input('current'))).toEqual(a);
    const future = new Set(
      tandems(30).flatMap((t) => t.meetings.filter((m) => m.date >= TODAY).map((m) => m.id)),
    );
    expect(a.logs.some((l) => future.has(l.meetingId))).toBe(false);
    expect(
      a.logs
        .filter((l) => l.state === 'held')
        .every(
          (l) => l.summary !== '' && l.durationMinutes !== undefined && l.format !== undefined,
        ),
    ).toBe(true);
    expect(
      a.logs.filter((l) => l.state === 'cancelled').every((l) => (l.cancelReason ?? '') !== ''),
    ).toBe(true);
  });

  it('tells one early end, one stalled, one behind and two late-logging stories in the current round', () => {
    const script = planDemoRound(input('current'));
    const stories = Object.values(script.stories);
    expect(stories.filter((s) => s === 'endedEarly')).toHaveLength(1);
    expect(stories.filter((s) => s === 'stalled')).toHaveLength(1);
    expect(stories.filter((s) => s === 'behind')).toHaveLength(1);
    expect(stories.filter((s) => s === 'lateLogging')).toHaveLength(2);
    const [ending] = script.endings;
    const endedId = Object.entries(script.stories).find(([, s]) => s === 'endedEarly')?.[0];
    expect(ending?.tandemId).toBe(endedId);
    const third = tandems(30).find((t) => t.id === endedId)?.meetings[2]?.date ?? '';
    expect(ending && ending.endedOn < third && ending.endedOn < TODAY).toBe(true);
    expect(script.feedback.filter((f) => f.phase === 'start').length).toBeGreaterThan(40);
  });

  it('gives the previous round end feedback with printable quotes and one without consent', () => {
    const script = planDemoRound(input('previous', 8));
    expect(script.endings).toEqual([]);
    const quoted = script.feedback.filter((f) => f.quote !== undefined);
    expect(quoted.filter((f) => f.consentToQuote)).toHaveLength(3);
    expect(quoted.find((f) => !f.consentToQuote)?.quote).toBe(PRIVATE_QUOTE);
    const end = script.feedback.filter((f) => f.phase === 'end');
    expect(end.length).toBeGreaterThan(10);
    expect(
      end.every(
        (f) =>
          f.satisfaction !== undefined &&
          Object.values(f.selfAssessment).every((r) => r >= 1 && r <= 5),
      ),
    ).toBe(true);
  });
});
