import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore } from '../../helpers/core';
import type { TestCore } from '../../helpers/core';
import { seedRoundPeople } from '../../fixtures/rounds/people.fixture';
import { feedback, meetings, round, tandems } from '../../fixtures/rounds/spring-round.fixture';

let core: TestCore;

beforeEach(async () => {
  core = await makeTestCore();
  await core.handlers['vault:create']({ passphrase: 'correct horse battery staple' });
  const repos = core.context.repos();
  await seedRoundPeople(repos);
  await repos.rounds.insert({ ...round });
  await repos.tandems.insertMany(tandems.map((t) => ({ ...t })));
  await repos.meetings.insertMany(meetings.map((m) => ({ ...m })));
  await repos.feedback.insertMany(feedback.map((f) => ({ ...f })));
  // Monday 2028-04-03, 10:00 in Berlin: the fixture's "today".
  core.clock.now = new Date('2028-04-03T08:00:00Z');
});

afterEach(async () => {
  await core.dispose();
});

describe('dashboard over the stored spring fixture', () => {
  it('gives the known figures with the tandems behind them, and names', async () => {
    const view = await core.handlers['dashboard:round']({ roundId: 'r1' });
    const t = view.dashboard.totals;
    expect(view.today).toBe('2028-04-03');
    expect(t.meetingsHeld).toEqual({ value: 7, tandemIds: ['t1', 't2', 't3', 't4'] });
    expect(t.meetingsPlanned.value).toBe(30);
    expect(t.overdue).toEqual({ value: 1, tandemIds: ['t2'] });
    expect(t.atRisk).toEqual({ value: 1, tandemIds: ['t2'] });
    expect(t.feedback.start).toMatchObject({
      numerator: 7,
      denominator: 10,
      tandemIds: ['t4', 't5'],
    });
    expect(view.people.m1?.name).toBe('Anna Schmidt');
    expect(view.people.m5?.name).toBe('—');
    expect(view.round.counts).toMatchObject({ tandems: 4, confirmed: 4, meetingsHeld: 8 });
  });

  it('lists what is due this week for HR', async () => {
    const [due] = await core.handlers['dashboard:due'](undefined);
    expect(due?.roundName).toBe('Runde Frühjahr 2028');
    expect(due?.due.meetingsToLog.map((m) => m.meetingId)).toEqual(['t3-4']);
    expect(due?.due.upcoming.map((m) => m.meetingId)).toEqual(['t1-4']);
    expect(due?.due.feedbackMissing.map((f) => f.participantId)).toEqual(['e4', 'e5', 'm5']);
    expect(due?.people.e1?.name).toBe('Bernd Meier');
  });
});
