import { describe, expect, it } from 'vitest';

import { FeedbackSchema, MeetingSchema, RoundSchema, TandemSchema } from '../../../shared/domain/rounds';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }): string[] =>
  r.error?.issues.map((i) => i.message) ?? [];

describe('round schemas', () => {
  it('fills the defaults of a new round', () => {
    const r = RoundSchema.parse({ id: 'r1', name: 'Herbst', periodStart: '2028-09-01', periodEnd: '2029-02-28' });
    expect(r).toMatchObject({ plannedMeetingsPerTandem: 6, cadenceWeeks: 4, status: 'planning', timeZone: 'Europe/Berlin', enrolledParticipantIds: [] });
  });

  it('answers with i18n keys, not sentences', () => {
    expect(messages(RoundSchema.safeParse({ id: 'r1', name: ' ', periodStart: '2027-02-29', periodEnd: '2027-01-01' }))).toEqual([
      'validation.round.nameRequired',
      'validation.common.date',
    ]);
    expect(messages(RoundSchema.safeParse({ id: 'r1', name: 'A', periodStart: '2028-03-01', periodEnd: '2028-02-29' }))).toEqual([
      'validation.round.periodOrder',
    ]);
  });

  it('needs a justification for a pair that breaks a rule', () => {
    const base = { id: 't1', roundId: 'r1', mentorId: 'a', menteeId: 'b', violations: ['reportingLine'] };
    expect(messages(TandemSchema.safeParse(base))).toEqual(['validation.tandem.justificationRequired']);
    expect(TandemSchema.safeParse({ ...base, overrideJustification: 'Different divisions since 2027' }).success).toBe(true);
  });

  it('keeps an early end and its reason together', () => {
    const base = { id: 't1', roundId: 'r1', mentorId: 'a', menteeId: 'b' };
    expect(messages(TandemSchema.safeParse({ ...base, status: 'ended_early' }))).toEqual(['validation.tandem.endReasonRequired']);
    expect(messages(TandemSchema.safeParse({ ...base, status: 'ended_early', ending: { reason: 'other', endedOn: '2028-03-01' } }))).toEqual([
      'validation.tandem.endNoteRequired',
    ]);
  });
});

describe('meeting and feedback schemas', () => {
  const meeting = { id: 'm1', roundId: 'r1', tandemId: 't1', sequence: 1, plannedAt: '2028-03-27T10:00:00+02:00' };

  it('asks for date, duration and format of a held meeting', () => {
    expect(messages(MeetingSchema.safeParse({ ...meeting, state: 'held' }))).toEqual([
      'validation.meeting.heldOnRequired',
      'validation.meeting.duration',
      'validation.meeting.formatRequired',
    ]);
  });

  it('limits the summary to 500 characters and ratings to 1–5', () => {
    expect(MeetingSchema.safeParse({ ...meeting, summary: 'x'.repeat(500) }).success).toBe(true);
    expect(messages(MeetingSchema.safeParse({ ...meeting, summary: 'x'.repeat(501), ratings: { mentor: 6 } }))).toEqual([
      'validation.meeting.summaryTooLong',
      'validation.common.rating',
    ]);
  });

  it('needs a reason for a cancellation', () => {
    expect(messages(MeetingSchema.safeParse({ ...meeting, state: 'cancelled' }))).toEqual(['validation.meeting.cancelReasonRequired']);
  });

  it('refuses consent to quote without a quote', () => {
    const fb = { id: 'f1', participantId: 'p1', roundId: 'r1', phase: 'end', consentToQuote: true };
    expect(messages(FeedbackSchema.safeParse(fb))).toEqual(['validation.feedback.quoteMissing']);
    expect(FeedbackSchema.parse({ ...fb, quote: 'Ich nutze jetzt Teams-Kanäle.' }).selfAssessment).toEqual({});
  });
});
