import { describe, expect, it } from 'vitest';

import { checkManualPair, proposeTandems, reportingChainBetween } from '../../../shared/domain/pairing';
import { makeInput, makeMentee, makeMentor } from './factories';

describe('reporting chains', () => {
  const anna = makeMentor({ id: 'anna', email: 'Anna@corp.example ', managerEmail: 'bernd@corp.example' });
  const carla = makeMentee({ id: 'carla', email: 'carla@corp.example' });
  const orgLinks = [
    { employeeEmail: 'BERND@corp.example', managerEmail: 'dora@corp.example' },
    { employeeEmail: 'dora@corp.example', managerEmail: ' Carla@Corp.Example' },
  ];

  it('finds a chain at any depth through org chart and manager emails, case-insensitively', () => {
    const input = makeInput({ participants: [anna, carla], orgLinks });
    expect(reportingChainBetween(input, 'carla@corp.example', 'anna@corp.example')).toEqual([
      'anna@corp.example',
      'bernd@corp.example',
      'dora@corp.example',
      'carla@corp.example',
    ]);
    expect(checkManualPair(input, 'anna', 'carla')).toEqual([
      { code: 'reportingLine', chain: ['anna@corp.example', 'bernd@corp.example', 'dora@corp.example', 'carla@corp.example'] },
    ]);
    expect(proposeTandems(input).tandems).toEqual([]);
  });

  it('refuses a mentee who reports to the mentor (the other direction)', () => {
    const mentor = makeMentor({ id: 'm', email: 'boss@x' });
    const mentee = makeMentee({ id: 'e', email: 'senior@x', managerEmail: 'boss@x' });
    const result = proposeTandems(makeInput({ participants: [mentor, mentee] }));
    expect(result.tandems).toEqual([]);
    expect(result.unpaired.map((u) => u.reason.code)).toEqual(['allCandidatesInReportingLine', 'allCandidatesInReportingLine']);
  });

  it('tolerates cycles: everyone in a management cycle is in one chain, people below it too', () => {
    const orgLinksWithCycle = [
      { employeeEmail: 'a@x', managerEmail: 'b@x' },
      { employeeEmail: 'b@x', managerEmail: 'c@x' },
      { employeeEmail: 'c@x', managerEmail: 'a@x' },
      { employeeEmail: 'd@x', managerEmail: 'a@x' },
      { employeeEmail: 'a@x', managerEmail: 'unknown@elsewhere' },
    ];
    const participants = [
      makeMentor({ id: 'm-a', email: 'a@x' }),
      makeMentor({ id: 'm-d', email: 'd@x' }),
      makeMentee({ id: 'e-c', email: 'c@x' }),
      makeMentee({ id: 'e-z', email: 'z@x' }),
    ];
    const input = makeInput({ participants, orgLinks: orgLinksWithCycle });
    expect(checkManualPair(input, 'm-a', 'e-c')[0]).toMatchObject({ code: 'reportingLine' });
    expect(checkManualPair(input, 'm-d', 'e-c')[0]).toEqual({ code: 'reportingLine', chain: ['d@x', 'a@x', 'b@x', 'c@x'] });
    const result = proposeTandems(input);
    expect(result.tandems.map((t) => t.menteeId)).toEqual(['e-z']);
    expect(result.unpaired.find((u) => u.participantId === 'e-c')?.reason).toEqual({ code: 'allCandidatesInReportingLine', candidates: 2 });
  });

  it('pairs colleagues from unrelated branches', () => {
    const orgLinks = [
      { employeeEmail: 'a@x', managerEmail: 'root@x' },
      { employeeEmail: 'b@x', managerEmail: 'root@x' },
    ];
    const input = makeInput({ participants: [makeMentor({ id: 'm', email: 'a@x' }), makeMentee({ id: 'e', email: 'b@x' })], orgLinks });
    expect(reportingChainBetween(input, 'a@x', 'b@x')).toBeUndefined();
    expect(proposeTandems(input).tandems).toHaveLength(1);
  });
});

describe('other hard constraints', () => {
  const m = makeMentor({ id: 'm' });
  const e = makeMentee({ id: 'e' });

  it('never proposes an excluded pair, in either direction', () => {
    const input = makeInput({ participants: [m, e], exclusions: [{ mentorId: 'e', menteeId: 'm', reason: 'conflict' }] });
    expect(proposeTandems(input).tandems).toEqual([]);
    expect(checkManualPair(input, 'm', 'e')).toEqual([{ code: 'excluded', reason: 'conflict' }]);
  });

  it('does not repeat an earlier pair unless the setting allows it', () => {
    const previousPairs = [{ mentorId: 'm', menteeId: 'e', roundId: 'r1' }];
    expect(proposeTandems(makeInput({ participants: [m, e], previousPairs })).tandems).toEqual([]);
    expect(checkManualPair(makeInput({ participants: [m, e], previousPairs }), 'm', 'e')).toEqual([{ code: 'previousPair', roundId: 'r1' }]);
    expect(proposeTandems(makeInput({ participants: [m, e], previousPairs, forbidRepeatPairs: false })).tandems).toHaveLength(1);
  });

  it('requires all three consents on both sides', () => {
    const noConsent = makeMentee({ id: 'e', consents: { voluntary: true, confidentiality: false, dataProcessing: true } });
    const input = makeInput({ participants: [m, noConsent] });
    expect(proposeTandems(input).tandems).toEqual([]);
    expect(checkManualPair(input, 'm', 'e')).toEqual([{ code: 'missingConsent', participantId: 'e', missing: ['confidentiality'] }]);
  });

  it('treats no shared language as a hard constraint', () => {
    const input = makeInput({ participants: [makeMentor({ id: 'm', languages: ['fr'] }), makeMentee({ id: 'e', languages: ['de'] })] });
    expect(proposeTandems(input).tandems).toEqual([]);
    expect(checkManualPair(input, 'm', 'e')).toEqual([{ code: 'noSharedLanguage' }]);
  });

  it('reports capacity for a manual pair against the mentor locked pairs', () => {
    const other = makeMentee({ id: 'e2' });
    const input = makeInput({ participants: [m, e, other], lockedPairs: [{ mentorId: 'm', menteeId: 'e2' }] });
    expect(checkManualPair(input, 'm', 'e')).toEqual([{ code: 'mentorCapacity', capacity: 1, assigned: 2 }]);
    expect(checkManualPair(input, 'm', 'e2')).toEqual([]);
  });

  it('flags one person enrolled on both sides', () => {
    const input = makeInput({ participants: [makeMentor({ id: 'm', email: 'same@x' }), makeMentee({ id: 'e', email: 'SAME@x' })] });
    expect(checkManualPair(input, 'm', 'e')).toEqual([{ code: 'samePerson' }]);
  });

  it('throws for unknown ids and swapped roles', () => {
    const input = makeInput({ participants: [m, e] });
    expect(() => checkManualPair(input, 'nobody', 'e')).toThrow(/unknownParticipant/);
    expect(() => checkManualPair(input, 'e', 'm')).toThrow(/wrongRole/);
  });
});

describe('missing data', () => {
  it('does not treat two blank emails as one person', () => {
    const input = makeInput({ participants: [makeMentor({ id: 'm', email: '' }), makeMentee({ id: 'e', email: ' ' })] });
    expect(checkManualPair(input, 'm', 'e')).toEqual([]);
    expect(proposeTandems(input).tandems).toHaveLength(1);
  });
});
