import { describe, expect, it } from 'vitest';

import type { PairingInput, UnpairedReason } from '../../../shared/domain/pairing';
import { proposeTandems } from '../../../shared/domain/pairing';
import { makeInput, makeMentee, makeMentor } from './factories';

const reasonOf = (input: PairingInput, id: string): UnpairedReason | undefined =>
  proposeTandems(input).unpaired.find((u) => u.participantId === id)?.reason;

describe('reasons for the unpaired', () => {
  it('missingConsent names the missing consents', () => {
    const e = makeMentee({ id: 'e', consents: { voluntary: false, confidentiality: true, dataProcessing: false } });
    expect(reasonOf(makeInput({ participants: [makeMentor(), e] }), 'e')).toEqual({
      code: 'missingConsent',
      missing: ['voluntary', 'dataProcessing'],
    });
  });

  it('noCandidates when nobody with consent is on the other side', () => {
    const m = makeMentor({ consents: { voluntary: true, confidentiality: true, dataProcessing: false } });
    expect(reasonOf(makeInput({ participants: [m, makeMentee({ id: 'e' })] }), 'e')).toEqual({ code: 'noCandidates' });
    expect(reasonOf(makeInput({ participants: [makeMentee({ id: 'e' })] }), 'e')).toEqual({ code: 'noCandidates' });
  });

  it('allCandidatesInReportingLine when every mentor reports to the mentee', () => {
    const e = makeMentee({ id: 'e', email: 'boss@x' });
    const ms = [makeMentor({ managerEmail: 'boss@x' }), makeMentor({ managerEmail: 'mid@x' })];
    const orgLinks = [{ employeeEmail: 'mid@x', managerEmail: 'boss@x' }];
    expect(reasonOf(makeInput({ participants: [...ms, e], orgLinks }), 'e')).toEqual({ code: 'allCandidatesInReportingLine', candidates: 2 });
  });

  it('excludedWithAll when HR excluded every candidate', () => {
    const e = makeMentee({ id: 'e' });
    const m = makeMentor({ id: 'm' });
    const input = makeInput({ participants: [m, e], exclusions: [{ mentorId: 'm', menteeId: 'e' }] });
    expect(reasonOf(input, 'e')).toEqual({ code: 'excludedWithAll', candidates: 1 });
    expect(reasonOf(input, 'm')).toEqual({ code: 'excludedWithAll', candidates: 1 });
  });

  it('allCandidatesPairedBefore when every candidate was a partner before', () => {
    const input = makeInput({
      participants: [makeMentor({ id: 'm' }), makeMentee({ id: 'e' })],
      previousPairs: [{ mentorId: 'm', menteeId: 'e' }],
    });
    expect(reasonOf(input, 'e')).toEqual({ code: 'allCandidatesPairedBefore', candidates: 1 });
  });

  it('noSharedLanguage when no candidate shares a language', () => {
    const input = makeInput({ participants: [makeMentor({ languages: ['fr'] }), makeMentee({ id: 'e', languages: ['de'] })] });
    expect(reasonOf(input, 'e')).toEqual({ code: 'noSharedLanguage', candidates: 1 });
  });

  it('allCandidatesBlocked with counts when the blockers differ', () => {
    const e = makeMentee({ id: 'e', email: 'e@x' });
    const input = makeInput({
      participants: [e, makeMentor({ id: 'm1', languages: ['fr'] }), makeMentor({ id: 'm2', managerEmail: 'e@x' })],
    });
    expect(reasonOf(input, 'e')).toEqual({
      code: 'allCandidatesBlocked',
      candidates: 2,
      blocked: { reportingLine: 1, noSharedLanguage: 1 },
    });
  });

  it('noMentorCapacityLeft when the only possible mentor went to a better fit', () => {
    const m = makeMentor({ id: 'm', offers: [{ topic: 'ai', level: 5 }] });
    const better = makeMentee({ id: 'e1', wants: [{ topic: 'ai', baseline: 1 }] });
    const worse = makeMentee({ id: 'e2', wants: [{ topic: 'crm', baseline: 1 }] });
    const result = proposeTandems(makeInput({ participants: [m, better, worse] }));
    expect(result.tandems.map((t) => t.menteeId)).toEqual(['e1']);
    expect(result.unpaired).toEqual([{ participantId: 'e2', role: 'mentee', reason: { code: 'noMentorCapacityLeft', candidates: 1 } }]);
  });

  it('noMenteeLeft when there are more mentors than mentees', () => {
    const result = proposeTandems(makeInput({ participants: [makeMentor({ id: 'a' }), makeMentor({ id: 'b' }), makeMentee({ id: 'e' })] }));
    expect(result.tandems).toHaveLength(1);
    expect(result.unpaired).toEqual([{ participantId: 'b', role: 'mentor', reason: { code: 'noMenteeLeft', candidates: 1 } }]);
  });
});
