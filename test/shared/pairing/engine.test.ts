import { describe, expect, it } from 'vitest';

import { PairingInputError, proposeTandems } from '../../../shared/domain/pairing';
import { solveAssignment } from '../../../shared/domain/pairing/assignment';
import { makeInput, makeMentee, makeMentor } from './factories';

describe('proposeTandems', () => {
  it('pairs each mentee with the mentor who fits best', () => {
    const ai = makeMentor({ id: 'm-ai', offers: [{ topic: 'ai', level: 5 }] });
    const sec = makeMentor({ id: 'm-sec', offers: [{ topic: 'security', level: 5 }] });
    const wantsSec = makeMentee({ id: 'e-sec', wants: [{ topic: 'security', baseline: 1 }] });
    const wantsAi = makeMentee({ id: 'e-ai', wants: [{ topic: 'ai', baseline: 2 }] });
    const result = proposeTandems(makeInput({ participants: [ai, sec, wantsSec, wantsAi] }));
    expect(result.tandems.map((t) => [t.mentorId, t.menteeId])).toEqual([
      ['m-ai', 'e-ai'],
      ['m-sec', 'e-sec'],
    ]);
    expect(result.unpaired).toEqual([]);
    expect(result.totalScore).toBeCloseTo(result.tandems.reduce((a, t) => a + t.score.total, 0), 6);
  });

  it('prefers one more tandem over a better score', () => {
    // m1 fits e1 perfectly but is the only mentor e2 may have; m2 may only take e1.
    const m1 = makeMentor({ id: 'm1', offers: [{ topic: 'ai', level: 5 }] });
    const m2 = makeMentor({ id: 'm2', offers: [], department: 'Sales' });
    const e1 = makeMentee({ id: 'e1' });
    const e2 = makeMentee({ id: 'e2' });
    const input = makeInput({ participants: [m1, m2, e1, e2], exclusions: [{ mentorId: 'm2', menteeId: 'e2' }] });
    expect(proposeTandems(input).tandems.map((t) => [t.mentorId, t.menteeId])).toEqual([
      ['m1', 'e2'],
      ['m2', 'e1'],
    ]);
  });

  it('gives a mentor with capacity 2 two mentees', () => {
    const m = makeMentor({ id: 'm', capacity: 2 });
    const result = proposeTandems(makeInput({ participants: [m, makeMentee({ id: 'a' }), makeMentee({ id: 'b' }), makeMentee({ id: 'c' })] }));
    expect(result.tandems.map((t) => t.menteeId)).toEqual(['a', 'b']);
    expect(result.unpaired.map((u) => [u.participantId, u.reason.code])).toEqual([['c', 'noMentorCapacityLeft']]);
  });

  it('handles unequal sizes on either side and empty rounds', () => {
    const mentors = Array.from({ length: 5 }, (_, i) => makeMentor({ id: `m${i}` }));
    const mentees = Array.from({ length: 2 }, (_, i) => makeMentee({ id: `e${i}` }));
    expect(proposeTandems(makeInput({ participants: [...mentors, ...mentees] })).tandems).toHaveLength(2);
    const manyMentees = Array.from({ length: 6 }, (_, i) => makeMentee({ id: `x${i}` }));
    const r = proposeTandems(makeInput({ participants: [...mentors.slice(0, 2), ...manyMentees] }));
    expect(r.tandems).toHaveLength(2);
    expect(r.unpaired).toHaveLength(4);
    expect(proposeTandems(makeInput())).toEqual({ tandems: [], unpaired: [], totalScore: 0, weights: expect.any(Object) as unknown });
  });

  it('keeps a locked pair that breaks a hard constraint, flagged, and re-pairs around it', () => {
    const boss = makeMentee({ id: 'boss', email: 'boss@x' });
    const junior = makeMentor({ id: 'junior', managerEmail: 'boss@x', capacity: 1 });
    const other = makeMentee({ id: 'other' });
    const result = proposeTandems(makeInput({ participants: [boss, junior, other], lockedPairs: [{ mentorId: 'junior', menteeId: 'boss' }] }));
    expect(result.tandems).toHaveLength(1);
    expect(result.tandems[0]).toMatchObject({ mentorId: 'junior', menteeId: 'boss', locked: true });
    expect(result.tandems[0]?.violations).toEqual([{ code: 'reportingLine', chain: ['junior@example.org', 'boss@x'] }]);
    expect(result.unpaired).toEqual([{ participantId: 'other', role: 'mentee', reason: { code: 'noMentorCapacityLeft', candidates: 1 } }]);
  });

  it('flags locks beyond a mentor capacity but keeps them', () => {
    const m = makeMentor({ id: 'm' });
    const lockedPairs = [{ mentorId: 'm', menteeId: 'a' }, { mentorId: 'm', menteeId: 'b' }];
    const result = proposeTandems(makeInput({ participants: [m, makeMentee({ id: 'a' }), makeMentee({ id: 'b' })], lockedPairs }));
    expect(result.tandems.map((t) => t.violations)).toEqual([[], [{ code: 'mentorCapacity', capacity: 1, assigned: 2 }]]);
  });

  it('rejects contradictory or invalid input loudly', () => {
    const m = makeMentor({ id: 'm' });
    const e = makeMentee({ id: 'e' });
    const m2 = makeMentor({ id: 'm2' });
    expect(() => proposeTandems(makeInput({ participants: [m, m] }))).toThrow(PairingInputError);
    expect(() => proposeTandems(makeInput({ participants: [makeMentor({ capacity: 0 })] }))).toThrow(/invalidCapacity/);
    expect(() => proposeTandems(makeInput({ participants: [makeMentor({ capacity: 1.5 })] }))).toThrow(/invalidCapacity/);
    const twice = [{ mentorId: 'm', menteeId: 'e' }, { mentorId: 'm2', menteeId: 'e' }];
    expect(() => proposeTandems(makeInput({ participants: [m, m2, e], lockedPairs: twice }))).toThrow(/menteeLockedTwice/);
    expect(() => proposeTandems(makeInput({ participants: [m, e], lockedPairs: [{ mentorId: 'x', menteeId: 'e' }] }))).toThrow(/unknownParticipant/);
  });

  it('returns the same result for shuffled input', () => {
    const people = [
      makeMentor({ id: 'a', offers: [{ topic: 'ai', level: 4 }] }),
      makeMentor({ id: 'b', offers: [{ topic: 'ai', level: 4 }] }),
      makeMentee({ id: 'c' }),
      makeMentee({ id: 'd' }),
    ];
    const forward = proposeTandems(makeInput({ participants: people }));
    expect(proposeTandems(makeInput({ participants: [...people].reverse() }))).toEqual(forward);
  });
});

describe('solveAssignment', () => {
  const inf = Number.POSITIVE_INFINITY;

  it('never uses a forbidden pair, even when it would be cheap to', () => {
    const costs = Float64Array.from([inf, 0, inf, inf]);
    expect(solveAssignment({ rows: 2, cols: 2, maxCost: 10, costs })).toEqual([[0, 1]]);
  });

  it('maximises the number of pairs before the cost', () => {
    // Row 0 alone would take column 0 at cost 0; taking column 1 lets row 1 pair too.
    const costs = Float64Array.from([0, 10, 10, inf]);
    expect(solveAssignment({ rows: 2, cols: 2, maxCost: 10, costs })).toEqual([[0, 1], [1, 0]]);
  });

  it('works with more rows than columns', () => {
    const costs = Float64Array.from([5, 1, 3]);
    expect(solveAssignment({ rows: 3, cols: 1, maxCost: 10, costs })).toEqual([[1, 0]]);
  });

  it.each([Number.NaN, -1, 11])('rejects the cost %s', (bad) => {
    expect(() => solveAssignment({ rows: 1, cols: 2, maxCost: 10, costs: Float64Array.from([1, bad]) })).toThrow(RangeError);
  });
});
