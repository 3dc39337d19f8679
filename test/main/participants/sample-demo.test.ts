import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '@shared/ipc/channels';
import { contract } from '@shared/ipc/contract';
import type { InputOf, OutputOf } from '@shared/ipc/contract';
import { makeTestCore } from '../../helpers/core';
import type { TestCore } from '../../helpers/core';
import { makeParticipantInput } from '../../shared/participants/participant.factory';

let core: TestCore;

/** Calls a handler the way the dispatcher does: input parsed by the contract first. */
async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const parsed: unknown = contract[channel].input.parse(input);
  const handler = core.handlers[channel] as (i: unknown) => Promise<OutputOf<C>>;
  return handler(parsed);
}

async function counts(): Promise<Record<string, number>> {
  const r = core.context.repos();
  return {
    participants: await r.participants.count(),
    orgLinks: await r.orgLinks.count(),
    rounds: await r.rounds.count(),
    tandems: await r.tandems.count(),
    meetings: await r.meetings.count(),
    feedback: await r.feedback.count(),
    exclusions: await r.exclusions.count(),
  };
}

beforeEach(async () => {
  core = await makeTestCore();
  await core.handlers['vault:create']({ passphrase: 'correct horse battery staple' });
});

afterEach(async () => {
  await core.dispose();
});

describe('sample data with demo rounds', () => {
  it('creates a closed and a running round whose dashboard, history and report have content', async () => {
    const started = performance.now();
    expect(await call('sample:create', undefined)).toEqual({ present: true, people: 60 });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(3000);

    const list = await call('rounds:list', undefined);
    expect(list.map((r) => r.status)).toEqual(['active', 'closed']);
    const [active, closed] = list;
    if (active === undefined || closed === undefined) {
      throw new Error('two rounds expected');
    }
    expect(active.name).toMatch(/^Beispielrunde (Frühjahr|Herbst) \d{4}$/);
    expect(active.periodStart < '2026-11-28' && active.periodEnd > '2026-11-28').toBe(true);
    expect(closed.periodEnd < active.periodStart).toBe(true);
    expect(active.counts.enrolled).toBe(60);
    expect(closed.counts.tandems).toBe(8);
    expect(active.counts.tandems).toBeGreaterThan(closed.counts.tandems);

    const view = await call('dashboard:round', { roundId: active.id });
    const totals = view.dashboard.totals;
    expect(totals.meetingsHeld.value).toBeGreaterThan(100);
    expect(totals.meetingsCancelled.value).toBeGreaterThan(0);
    expect(totals.overdue.value + totals.atRisk.value).toBeGreaterThan(0);
    expect(totals.endedEarly.value).toBe(1);
    expect(totals.feedback.start.numerator).toBeGreaterThan(totals.feedback.start.denominator / 2);
    expect(totals.feedback.end.numerator).toBeGreaterThan(0);
    const meetings = await call('meetings:list', { roundId: active.id });
    expect(
      meetings.some((m) => m.state === 'planned' && m.plannedAt.slice(0, 10) > view.today),
    ).toBe(true);
    expect(
      meetings
        .filter((m) => m.state === 'held')
        .every((m) => m.summary !== '' && m.durationMinutes !== undefined),
    ).toBe(true);
    expect(
      meetings.filter((m) => m.state === 'cancelled').every((m) => (m.cancelReason ?? '') !== ''),
    ).toBe(true);
    const ended = (await call('tandems:list', { roundId: active.id })).find(
      (t) => t.status === 'ended_early',
    );
    expect(ended?.ending?.reason).toBe('role_change');

    const due = await call('dashboard:due', undefined);
    expect(due.map((d) => d.roundId)).toEqual([active.id]);

    const history = await call('rounds:history', undefined);
    expect(history.filter((h) => h.roundId === closed.id)).toHaveLength(8);

    const report = await call('reports:roundData', { roundId: closed.id });
    expect(report.figures.kpis.tandems).toBe(8);
    expect(report.figures.kpis.meetingsHeld).toBeGreaterThan(30);
    expect(typeof report.figures.kpis.averageSatisfaction).toBe('number');
    expect(report.figures.quotes).toHaveLength(3);
    expect(report.figures.selfAssessment.mentee.length).toBeGreaterThan(0);
    expect(report.figures.topicsCovered.length).toBeGreaterThan(0);
  });

  it('is the same programme for the same date, also after removing and creating it again', async () => {
    const summary = async () => {
      const [active] = await call('rounds:list', undefined);
      const view = await call('dashboard:round', { roundId: active?.id ?? '' });
      const t = view.dashboard.totals;
      const pairs = view.dashboard.tandems
        .map(
          (row) => `${row.mentorId}/${row.menteeId}:${String(row.held)}/${String(row.cancelled)}`,
        )
        .sort();
      return {
        held: t.meetingsHeld.value,
        cancelled: t.meetingsCancelled.value,
        atRisk: t.atRisk.value,
        overdue: t.overdue.value,
        pairs,
      };
    };
    await call('sample:create', undefined);
    const first = await summary();
    await call('sample:remove', undefined);
    await call('sample:create', undefined);
    expect(await summary()).toEqual(first);
  });

  it('removes everything it created and nothing else', async () => {
    const real = await call(
      'participants:create',
      makeParticipantInput({ email: 'echt@firma.de' }),
    );
    await call('sample:create', undefined);
    const people = await call('participants:list', undefined);
    const [mentor, mentee] = [
      people.rows.find((p) => p.sample && p.role === 'mentor'),
      people.rows.find((p) => p.sample && p.role === 'mentee'),
    ];
    await call('exclusions:create', {
      mentorId: mentor?.id ?? '',
      menteeId: mentee?.id ?? '',
      reason: 'Gleiches Projektteam',
    });

    expect(await call('sample:remove', undefined)).toEqual({ present: false, people: 0 });
    expect(await counts()).toEqual({
      participants: 1,
      orgLinks: 0,
      rounds: 0,
      tandems: 0,
      meetings: 0,
      feedback: 0,
      exclusions: 0,
    });
    expect((await core.context.repos().participants.get(real.id))?.email).toBe('echt@firma.de');

    await call('participants:setStatus', { id: real.id, status: 'withdrawn' });
    await core.context.repos().participants.remove(real.id);
    expect(Object.values(await counts()).every((n) => n === 0)).toBe(true);
  });
});
