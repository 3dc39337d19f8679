import { describe, expect, it } from 'vitest';

import type { PairingParticipant, ScorePart, ScorePartResult } from '../../../shared/domain/pairing';
import { DEFAULT_WEIGHTS, PairingInputError, proposeTandems, scorePair } from '../../../shared/domain/pairing';
import { makeInput, makeMentee, makeMentor } from './factories';

const score = (mentor: Partial<PairingParticipant>, mentee: Partial<PairingParticipant>) => {
  const m = makeMentor({ id: 'm', ...mentor });
  const e = makeMentee({ id: 'e', ...mentee });
  return scorePair(makeInput({ participants: [m, e] }), 'm', 'e');
};

const part = <P extends ScorePart>(parts: readonly ScorePartResult[], name: P): Extract<ScorePartResult, { part: P }> => {
  const found = parts.find((p): p is Extract<ScorePartResult, { part: P }> => p.part === name);
  if (found === undefined) {
    throw new Error(`no part ${name}`);
  }
  return found;
};

describe('topic fit', () => {
  it('is 1 when the mentor is at level 5 on every wanted topic', () => {
    const s = score({ offers: [{ topic: 'ai', level: 5 }] }, { wants: [{ topic: 'ai', baseline: 2 }] });
    const fit = part(s.parts, 'topicFit');
    expect(fit.value).toBe(1);
    expect(fit.matches).toEqual([{ topic: 'ai', mentorLevel: 5, menteeLevel: 2 }]);
    expect(fit.missing).toEqual([]);
  });

  it('weighs each topic by the mentee gap', () => {
    // gaps: ai 4 (baseline 1), social 1 (baseline 4). The mentor lifts ai by 2 and covers social fully.
    const s = score(
      { offers: [{ topic: 'ai', level: 3 }, { topic: 'social', level: 5 }] },
      { wants: [{ topic: 'ai', baseline: 1 }, { topic: 'social', baseline: 4 }] },
    );
    expect(part(s.parts, 'topicFit').value).toBeCloseTo((2 + 1) / (4 + 1));
  });

  it('gives nothing for a mentor at or below the mentee baseline and lists the topic as missing', () => {
    const s = score({ offers: [{ topic: 'ai', level: 3 }] }, { wants: [{ topic: 'ai', baseline: 3 }, { topic: 'sec' }] });
    const fit = part(s.parts, 'topicFit');
    expect(fit.value).toBe(0);
    expect(fit.missing).toEqual(['ai', 'sec']);
  });

  it('is 0 and flagged when the mentee wants nothing', () => {
    const fit = part(score({}, { wants: [] }).parts, 'topicFit');
    expect(fit).toMatchObject({ value: 0, nothingWanted: true });
  });
});

describe('reverse fit', () => {
  it('measures the mentee management offers against what the mentor wants to learn', () => {
    const s = score(
      { wants: [{ topic: 'leadership', baseline: 1 }, { topic: 'strategy', baseline: 1 }] },
      { offers: [{ topic: 'leadership', level: 5 }] },
    );
    const fit = part(s.parts, 'reverseFit');
    expect(fit.value).toBeCloseTo(0.5);
    expect(fit.matches).toEqual([{ topic: 'leadership', mentorLevel: 1, menteeLevel: 5 }]);
    expect(fit.missing).toEqual(['strategy']);
  });
});

describe('different department', () => {
  it('rewards different departments and compares them case-insensitively', () => {
    expect(part(score({ department: 'IT' }, { department: 'Sales' }).parts, 'differentDepartment').value).toBe(1);
    const same = part(score({ department: 'IT ' }, { department: 'it' }).parts, 'differentDepartment');
    expect(same).toMatchObject({ value: 0, sameDepartment: true });
  });
});

describe('shared language', () => {
  it('is 1 for a shared first language, 0.5 for another shared one, 0.5 when unknown', () => {
    expect(part(score({ languages: ['de'] }, { languages: ['DE', 'en'] }).parts, 'sharedLanguage').value).toBe(1);
    const other = part(score({ languages: ['fr', 'en'] }, { languages: ['de', 'en'] }).parts, 'sharedLanguage');
    expect(other).toMatchObject({ value: 0.5, shared: ['en'], unknown: false });
    expect(part(score({ languages: [] }, { languages: ['de'] }).parts, 'sharedLanguage')).toMatchObject({ value: 0.5, unknown: true });
  });
});

describe('format and location', () => {
  const cases: [PairingParticipant['format'], string | undefined, PairingParticipant['format'], string | undefined, string, number][] = [
    ['in_person', 'Berlin', 'either', 'berlin', 'sameLocation', 1],
    ['either', 'Berlin', 'either', 'Hamburg', 'remoteOk', 0.8],
    ['remote', 'Berlin', 'either', 'Berlin', 'remoteOk', 0.8],
    ['in_person', 'Berlin', 'in_person', 'Hamburg', 'differentLocation', 0],
    ['in_person', undefined, 'in_person', 'Hamburg', 'locationUnknown', 0.5],
    ['in_person', 'Berlin', 'remote', 'Berlin', 'formatMismatch', 0],
  ];
  it.each(cases)('%s@%s with %s@%s is %s', (mf, ml, ef, el, code, value) => {
    const p = part(score({ format: mf, location: ml }, { format: ef, location: el }).parts, 'formatLocation');
    expect(p).toMatchObject({ code, value });
  });
});

describe('availability', () => {
  it('counts shared half-days, full marks from two', () => {
    expect(part(score({ availability: ['mon-am'] }, { availability: ['mon-am', 'fri-pm'] }).parts, 'availability')).toMatchObject({
      value: 0.5,
      common: ['mon-am'],
    });
    expect(part(score({ availability: ['mon-am', 'fri-pm', 'tue-am'] }, { availability: ['mon-am', 'fri-pm'] }).parts, 'availability').value).toBe(1);
    expect(part(score({ availability: ['mon-am'] }, { availability: ['tue-am'] }).parts, 'availability').value).toBe(0);
    expect(part(score({ availability: [] }, { availability: ['tue-am'] }).parts, 'availability')).toMatchObject({ value: 0.5, unknown: true });
  });
});

describe('total and weights', () => {
  it('is the weighted mean of the parts on a 0…100 scale, parts summing to the total', () => {
    const s = score({}, {});
    const points = s.parts.reduce((acc, p) => acc + p.points, 0);
    expect(s.total).toBeCloseTo(points, 2);
    expect(s.total).toBeGreaterThanOrEqual(0);
    expect(s.total).toBeLessThanOrEqual(100);
    expect(s.parts.map((p) => p.weight)).toEqual(Object.values(DEFAULT_WEIGHTS));
  });

  it('scores only the weighted parts when HR zeroes the others', () => {
    const m = makeMentor({ id: 'm', department: 'IT' });
    const e = makeMentee({ id: 'e', department: 'Sales' });
    const weights = { topicFit: 0, reverseFit: 0, differentDepartment: 1, sharedLanguage: 0, formatLocation: 0, availability: 0 };
    expect(scorePair(makeInput({ participants: [m, e], weights }), 'm', 'e').total).toBe(100);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1])('rejects the weight %s', (w) => {
    const input = makeInput({ participants: [makeMentor(), makeMentee()], weights: { topicFit: w } });
    expect(() => proposeTandems(input)).toThrow(PairingInputError);
  });

  it('rejects topic levels outside 1…5', () => {
    const input = makeInput({ participants: [makeMentor({ offers: [{ topic: 'ai', level: 7 }] }), makeMentee()] });
    expect(() => proposeTandems(input)).toThrow(/invalidLevel/);
  });
});
