import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '@shared/ipc/channels';
import type { RoundSummary } from '@shared/ipc/domains/rounds.contract';
import { isoWeekday, dayNumber, localDateOf } from '../../../shared/domain/rounds';
import { makeTestCore } from '../../helpers/core';
import type { TestCore } from '../../helpers/core';
import { seedConfirmedTandems, seedRoundPeople } from '../../fixtures/rounds/people.fixture';

const SENDER = 'app://tandem/index.html';
let core: TestCore;

beforeEach(async () => {
  core = await makeTestCore();
  await core.handlers['vault:create']({ passphrase: 'correct horse battery staple' });
  await seedRoundPeople(core.context.repos());
});

afterEach(async () => {
  await core.dispose();
});

const h = () => core.handlers;
const newRound = (fields: { name: string; periodStart: string; periodEnd: string }) =>
  h()['rounds:create']({
    plannedMeetingsPerTandem: 6,
    cadenceWeeks: 4,
    timeZone: 'Europe/Berlin',
    ...fields,
  });

async function activeRound(): Promise<{ round: RoundSummary; tandemIds: string[] }> {
  const round = await newRound({
    name: 'Runde Winter 2026/27',
    periodStart: '2026-11-02',
    periodEnd: '2027-04-30',
  });
  await h()['rounds:enrol']({
    roundId: round.id,
    participantIds: ['m1', 'm2', 'm3', 'm4', 'e1', 'e2', 'e3', 'e4'],
  });
  const tandemIds = await seedConfirmedTandems(core.context.repos(), round.id);
  return { round: await h()['rounds:transition']({ roundId: round.id, to: 'active' }), tandemIds };
}

describe('rounds', () => {
  it('creates a round with 6 meetings every 4 weeks by default and lists it with counts', async () => {
    const created = await core.dispatch(
      'rounds:create',
      { name: 'Runde Frühjahr', periodStart: '2027-03-01', periodEnd: '2027-08-31' },
      SENDER,
    );
    if (!created.ok) {
      throw new Error(created.error.code);
    }
    const round = created.value as RoundSummary;
    expect(round).toMatchObject({
      status: 'planning',
      plannedMeetingsPerTandem: 6,
      cadenceWeeks: 4,
      timeZone: 'Europe/Berlin',
      enrolledParticipantIds: [],
    });
    await h()['rounds:enrol']({ roundId: round.id, participantIds: ['m1', 'e1'] });
    const [listed] = await h()['rounds:list'](undefined);
    expect(listed?.counts).toEqual({
      enrolled: 2,
      tandems: 0,
      confirmed: 0,
      meetingsPlanned: 0,
      meetingsHeld: 0,
    });
  });

  it('enrols only active participants', async () => {
    const round = await newRound({ name: 'R', periodStart: '2027-03-01', periodEnd: '2027-08-31' });
    const result = await core.dispatch(
      'rounds:enrol',
      { roundId: round.id, participantIds: ['w1'] },
      SENDER,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'round.participantNotActive' } });
    const candidates = await h()['rounds:candidates']({ roundId: round.id });
    expect(candidates.map((c) => c.id)).not.toContain('w1');
    expect(candidates).toHaveLength(8);
  });

  it('moves planning → active → closed only, and reports a wrong step with its code', async () => {
    const round = await newRound({ name: 'R', periodStart: '2027-03-01', periodEnd: '2027-08-31' });
    const skip = await core.dispatch(
      'rounds:transition',
      { roundId: round.id, to: 'closed' },
      SENDER,
    );
    expect(skip).toMatchObject({
      ok: false,
      error: { code: 'round.invalidTransition', params: { from: 'planning', to: 'closed' } },
    });
    await h()['rounds:transition']({ roundId: round.id, to: 'active' });
    const closed = await h()['rounds:transition']({ roundId: round.id, to: 'closed' });
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).toBe(core.clock.now.toISOString());
  });
});

describe('meeting plan', () => {
  it('plans 6 weekday meetings per confirmed tandem inside the period, in Berlin time, once', async () => {
    const { round, tandemIds } = await activeRound();
    expect(await h()['meetings:generatePlan']({ roundId: round.id })).toEqual({
      tandems: 3,
      meetings: 18,
      skippedTandems: 0,
    });
    const meetings = await h()['meetings:list']({ roundId: round.id });
    expect(meetings).toHaveLength(18);
    for (const m of meetings) {
      const day = localDateOf(m.plannedAt);
      expect(isoWeekday(dayNumber(day))).toBeLessThanOrEqual(5);
      expect(day >= '2026-11-02' && day <= '2027-04-30').toBe(true);
      expect(m.plannedAt).toMatch(/T10:00:00\+0[12]:00$/);
    }
    expect(meetings.filter((m) => m.tandemId === tandemIds[0]).map((m) => m.sequence)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    expect(await h()['meetings:generatePlan']({ roundId: round.id })).toEqual({
      tandems: 0,
      meetings: 0,
      skippedTandems: 3,
    });
  });

  it('moves one meeting and optionally spreads the later ones again', async () => {
    const { round, tandemIds } = await activeRound();
    await h()['meetings:generatePlan']({ roundId: round.id });
    const list = (
      await h()['meetings:list']({ roundId: round.id, tandemId: tandemIds[0] ?? '' })
    ).sort((a, b) => a.sequence - b.sequence);
    const second = list[1];
    expect(second).toBeDefined();
    const only = await h()['meetings:reschedule']({
      meetingId: second?.id ?? '',
      date: '2026-12-03',
      respread: false,
    });
    expect(only.map((m) => [m.sequence, m.plannedAt, m.revision])).toEqual([
      [2, '2026-12-03T10:00:00+01:00', 1],
    ]);
    const spread = await h()['meetings:reschedule']({
      meetingId: second?.id ?? '',
      date: '2026-12-10',
      time: '14:30',
      respread: true,
    });
    expect(spread.map((m) => m.sequence)).toEqual([2, 3, 4, 5, 6]);
    expect(spread.every((m) => m.plannedAt.includes('T14:30:00'))).toBe(true);
    const outside = await core.dispatch(
      'meetings:reschedule',
      { meetingId: second?.id, date: '2027-06-01', respread: false },
      SENDER,
    );
    expect(outside).toMatchObject({ ok: false, error: { code: 'schedule.dateOutsidePeriod' } });
  });

  it('exports the round as .ics that an independent parser reads, with no notes in it', async () => {
    const { round, tandemIds } = await activeRound();
    await h()['meetings:generatePlan']({ roundId: round.id });
    const first = (
      await h()['meetings:list']({ roundId: round.id, tandemId: tandemIds[0] ?? '' })
    ).find((m) => m.sequence === 1);
    await h()['meetings:log']({
      meetingId: first?.id ?? '',
      state: 'held',
      heldOn: '2026-11-02',
      durationMinutes: 60,
      format: 'remote',
      summary: 'Vertrauliches Gespräch über ChatGPT',
    });
    const path = join(core.dataDirectory, 'runde.ics');
    core.dialogs.saves.push(path);
    const result = await h()['calendar:exportIcs']({
      roundId: round.id,
      organizer: { name: 'Personalabteilung', email: 'hr@example.de' },
      language: 'de',
    });
    expect(result).toEqual({ path, events: 18 });
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain('Vertrauliches');
    const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(18);
    const anna = events.find(
      (e) => e.summary === 'Tandem: Anna Schmidt & Bernd Meier (Treffen 1 von 6)',
    );
    expect(anna?.startDate.toJSDate().toISOString()).toBe('2026-11-02T09:00:00.000Z');
    expect(anna?.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
      'mailto:anna.schmidt@example.de',
      'mailto:bernd.meier@example.de',
    ]);
    expect(await h()['calendar:organizer'](undefined)).toEqual({
      name: 'Personalabteilung',
      email: 'hr@example.de',
    });
    core.dialogs.saves.push(join(core.dataDirectory, 'one.ics'));
    expect(
      await h()['calendar:exportIcs']({
        roundId: round.id,
        tandemId: tandemIds[1],
        organizer: { name: 'HR', email: 'hr@example.de' },
        language: 'en',
      }),
    ).toMatchObject({ events: 6 });
    expect(
      await h()['calendar:exportIcs']({
        roundId: round.id,
        organizer: { name: 'HR', email: 'hr@example.de' },
        language: 'en',
      }),
    ).toBeNull();
  });
});

describe('session logs, tandem lifecycle and feedback', () => {
  it('logs held and cancelled meetings and asks for what is missing', async () => {
    const { round, tandemIds } = await activeRound();
    await h()['meetings:generatePlan']({ roundId: round.id });
    const [a, b] = (
      await h()['meetings:list']({ roundId: round.id, tandemId: tandemIds[0] ?? '' })
    ).sort((x, y) => x.sequence - y.sequence);
    const held = await h()['meetings:log']({
      meetingId: a?.id ?? '',
      state: 'held',
      heldOn: '2026-11-03',
      durationMinutes: 45,
      format: 'in_person',
      topicsCovered: { toMentee: ['ai_assistants'], toMentor: ['leading_teams'] },
      summary: 'Erste Schritte mit KI-Assistenten.',
      ratings: { mentor: 5, mentee: 4 },
    });
    expect(held).toMatchObject({
      state: 'held',
      heldOn: '2026-11-03',
      durationMinutes: 45,
      ratings: { mentor: 5, mentee: 4 },
    });
    const noReason = await core.dispatch(
      'meetings:log',
      { meetingId: b?.id, state: 'cancelled' },
      SENDER,
    );
    expect(noReason).toMatchObject({
      ok: false,
      error: { code: 'validation', params: { field: 'cancelReason' } },
    });
    const cancelled = await h()['meetings:log']({
      meetingId: b?.id ?? '',
      state: 'cancelled',
      cancelReason: 'Krankheit',
    });
    expect(cancelled).toMatchObject({ state: 'cancelled', cancelReason: 'Krankheit' });
    const tooLong = await core.dispatch(
      'meetings:log',
      {
        meetingId: b?.id,
        state: 'held',
        heldOn: '2026-11-20',
        durationMinutes: 60,
        format: 'remote',
        summary: 'x'.repeat(501),
      },
      SENDER,
    );
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('ends a tandem early with a reason, re-pairs the freed people with those still waiting, and plans from today', async () => {
    const { round, tandemIds } = await activeRound();
    await h()['meetings:generatePlan']({ roundId: round.id });
    const missing = await core.dispatch(
      'tandems:endEarly',
      { tandemId: tandemIds[0], reason: 'other' },
      SENDER,
    );
    expect(missing).toMatchObject({ ok: false, error: { code: 'tandem.endReasonRequired' } });
    const ended = await h()['tandems:endEarly']({
      tandemId: tandemIds[0] ?? '',
      reason: 'left_organisation',
    });
    expect(ended).toMatchObject({
      status: 'ended_early',
      ending: { reason: 'left_organisation', endedOn: '2026-11-28' },
    });
    const left = await h()['meetings:list']({ roundId: round.id, tandemId: tandemIds[0] ?? '' });
    expect(left.every((m) => localDateOf(m.plannedAt) < '2026-11-28')).toBe(true);
    const repaired = await h()['tandems:repair']({ roundId: round.id });
    expect(repaired.created.map((t) => [t.mentorId, t.menteeId, t.status, t.startedOn])).toEqual([
      ['m1', 'e4', 'proposed', '2026-11-28'],
      ['m4', 'e1', 'proposed', '2026-11-28'],
    ]);
    for (const t of repaired.created) {
      await h()['tandems:confirm']({ tandemId: t.id });
    }
    const plan = await h()['meetings:generatePlan']({ roundId: round.id });
    expect(plan.tandems).toBe(2);
    const fresh = await h()['meetings:list']({
      roundId: round.id,
      tandemId: repaired.created[0]?.id ?? '',
    });
    expect(fresh.length).toBe(6);
    expect(fresh.every((m) => localDateOf(m.plannedAt) >= '2026-11-30')).toBe(true);
    const history = await h()['rounds:history'](undefined);
    expect(history.filter((e) => e.status === 'ended_early').map((e) => e.endReason)).toEqual([
      'left_organisation',
    ]);
    expect(await h()['tandems:repair']({ roundId: round.id })).toEqual({
      created: [],
      unpaired: [],
    });
  });

  it('saves feedback once per person and phase, and only for people of the round', async () => {
    const { round } = await activeRound();
    const first = await h()['feedback:save']({
      roundId: round.id,
      participantId: 'e1',
      phase: 'start',
      selfAssessment: { ai_assistants: 2 },
      consentToQuote: false,
    });
    const again = await h()['feedback:save']({
      roundId: round.id,
      participantId: 'e1',
      phase: 'start',
      selfAssessment: { ai_assistants: 3 },
      satisfaction: 4,
      wouldRecommend: true,
      changePutIntoPractice: 'Teams-Kanal statt Rundmail',
      quote: 'Ich schreibe jetzt selbst Prompts.',
      consentToQuote: true,
    });
    expect(again.id).toBe(first.id);
    expect(await h()['feedback:list']({ roundId: round.id })).toHaveLength(1);
    const stranger = await core.dispatch(
      'feedback:save',
      { roundId: round.id, participantId: 'e4', phase: 'start' },
      SENDER,
    );
    expect(stranger).toMatchObject({ ok: false, error: { code: 'feedback.notInRound' } });
    const noQuote = await core.dispatch(
      'feedback:save',
      { roundId: round.id, participantId: 'e2', phase: 'end', consentToQuote: true },
      SENDER,
    );
    expect(noQuote).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('a closed round is read-only over IPC', () => {
  it('refuses every write channel with round.closed', async () => {
    const { round, tandemIds } = await activeRound();
    await h()['meetings:generatePlan']({ roundId: round.id });
    const [meeting] = await h()['meetings:list']({
      roundId: round.id,
      tandemId: tandemIds[0] ?? '',
    });
    const proposed = await core.context
      .repos()
      .tandems.insert({ roundId: round.id, mentorId: 'm4', menteeId: 'e4', status: 'proposed' });
    await h()['rounds:transition']({ roundId: round.id, to: 'closed' });
    const writes: [Channel, unknown][] = [
      ['rounds:update', { roundId: round.id, patch: { name: 'Neu' } }],
      ['rounds:enrol', { roundId: round.id, participantIds: ['m4'] }],
      ['rounds:unenrol', { roundId: round.id, participantIds: ['e4'] }],
      ['rounds:transition', { roundId: round.id, to: 'active' }],
      ['tandems:confirm', { tandemId: proposed.id }],
      ['tandems:endEarly', { tandemId: tandemIds[0], reason: 'time' }],
      ['tandems:repair', { roundId: round.id }],
      ['meetings:generatePlan', { roundId: round.id }],
      ['meetings:reschedule', { meetingId: meeting?.id, date: '2027-01-05', respread: true }],
      ['meetings:log', { meetingId: meeting?.id, state: 'cancelled', cancelReason: 'Urlaub' }],
      ['feedback:save', { roundId: round.id, participantId: 'e1', phase: 'end', satisfaction: 5 }],
    ];
    for (const [channel, input] of writes) {
      const result = await core.dispatch(channel, input, SENDER);
      expect({ channel, result }).toMatchObject({
        channel,
        result: { ok: false, error: { code: 'round.closed' } },
      });
    }
    const after = await h()['meetings:list']({ roundId: round.id });
    expect(after.find((m) => m.id === meeting?.id)?.state).toBe('planned');
    expect((await h()['rounds:get']({ roundId: round.id })).name).toBe('Runde Winter 2026/27');
  });
});
