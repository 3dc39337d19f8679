import { describe, expect, it } from 'vitest';

import {
  RoundsError,
  assertRoundEditable,
  canTransitionRound,
  confirmTandem,
  endTandemEarly,
  peopleFreedForRepairing,
  transitionRound,
} from '../../../shared/domain/rounds';
import type { RoundsErrorCode } from '../../../shared/domain/rounds';
import { makeRound, makeTandem } from '../../fixtures/rounds/factories';

const codeOf = (fn: () => unknown): RoundsErrorCode | 'no error' => {
  try {
    fn();
  } catch (e) {
    if (e instanceof RoundsError) {
      return e.code;
    }
    throw e;
  }
  return 'no error';
};

describe('round lifecycle', () => {
  it('goes from planning to active to closed', () => {
    const planning = makeRound({ status: 'planning' });
    const active = transitionRound(planning, 'active');
    expect(active.status).toBe('active');
    expect(planning.status).toBe('planning');
    expect(transitionRound(active, 'closed').status).toBe('closed');
  });

  it('refuses to skip a step or go back', () => {
    expect(codeOf(() => transitionRound(makeRound({ status: 'planning' }), 'closed'))).toBe('round.invalidTransition');
    expect(codeOf(() => transitionRound(makeRound({ status: 'active' }), 'planning'))).toBe('round.invalidTransition');
    expect(canTransitionRound('active', 'active')).toBe(false);
  });

  it('never reopens a closed round', () => {
    const closed = makeRound({ status: 'closed' });
    for (const to of ['planning', 'active', 'closed'] as const) {
      expect(codeOf(() => transitionRound(closed, to))).toBe('round.closed');
    }
  });

  it('guards every write to a closed round with the stable code round.closed', () => {
    expect(codeOf(() => { assertRoundEditable(makeRound({ status: 'planning' })); })).toBe('no error');
    expect(codeOf(() => { assertRoundEditable(makeRound({ status: 'active' })); })).toBe('no error');
    const closed = makeRound({ status: 'closed' });
    expect(codeOf(() => { assertRoundEditable(closed); })).toBe('round.closed');
    const t = makeTandem({ id: 't1', status: 'proposed' });
    expect(codeOf(() => confirmTandem(closed, t))).toBe('round.closed');
    expect(codeOf(() => endTandemEarly(closed, t, { reason: 'time', endedOn: '2028-03-01' }))).toBe('round.closed');
  });

  it('carries the round id in the error detail', () => {
    try {
      assertRoundEditable(makeRound({ id: 'r9', status: 'closed' }));
    } catch (e) {
      expect(e).toBeInstanceOf(RoundsError);
      expect((e as RoundsError).detail).toEqual({ roundId: 'r9' });
    }
  });
});

describe('tandem lifecycle', () => {
  const round = makeRound();

  it('ends a tandem early only with a reason', () => {
    const t = makeTandem({ id: 't1' });
    expect(codeOf(() => endTandemEarly(round, t, { reason: undefined, endedOn: '2028-03-01' }))).toBe('tandem.endReasonRequired');
    expect(codeOf(() => endTandemEarly(round, t, { reason: 'other', note: '  ', endedOn: '2028-03-01' }))).toBe('tandem.endReasonRequired');
    const ended = endTandemEarly(round, t, { reason: 'left_organisation', endedOn: '2028-03-01' });
    expect(ended.status).toBe('ended_early');
    expect(ended.ending).toEqual({ reason: 'left_organisation', endedOn: '2028-03-01' });
    expect(codeOf(() => endTandemEarly(round, ended, { reason: 'time', endedOn: '2028-03-02' }))).toBe('tandem.notActive');
  });

  it('refuses a tandem of another round', () => {
    expect(codeOf(() => confirmTandem(round, makeTandem({ id: 't1', roundId: 'r2' })))).toBe('tandem.wrongRound');
  });

  it('frees both people of an ended tandem, but not a mentee who already has a new mentor', () => {
    const tandems = [
      makeTandem({ id: 't1', mentorId: 'm1', menteeId: 'e1', status: 'ended_early', ending: { reason: 'time', endedOn: '2028-03-01' } }),
      makeTandem({ id: 't2', mentorId: 'm2', menteeId: 'e2', status: 'ended_early', ending: { reason: 'mismatch', endedOn: '2028-03-02' } }),
      makeTandem({ id: 't3', mentorId: 'm3', menteeId: 'e2' }),
      makeTandem({ id: 't4', mentorId: 'm1', menteeId: 'e4' }),
    ];
    const freed = peopleFreedForRepairing(tandems);
    expect(freed.mentees.map((p) => p.participantId)).toEqual(['e1']);
    expect(freed.mentors).toEqual([
      { participantId: 'm1', endedTandemIds: ['t1'], activeTandems: 1 },
      { participantId: 'm2', endedTandemIds: ['t2'], activeTandems: 0 },
    ]);
    expect(freed.endedPairs).toEqual([
      { mentorId: 'm1', menteeId: 'e1' },
      { mentorId: 'm2', menteeId: 'e2' },
    ]);
  });
});
