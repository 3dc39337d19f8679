import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { FORMULA_TRIGGERS, neutraliseCell, restoreCell } from '../../../shared/domain/intake';

const startsWithTrigger = (value: string): boolean =>
  FORMULA_TRIGGERS.some((t) => value.startsWith(t));

/** Any string, with a good share starting with triggers and apostrophes. */
export const hostileString = fc
  .tuple(
    fc.constantFrom('', '', '=', '+', '-', '@', '\t', '\r', "'", "''", "'=", "''+"),
    fc.string({ unit: 'binary' }),
  )
  .map(([prefix, rest]) => prefix + rest);

describe('neutraliseCell / restoreCell', () => {
  it('prefixes a quote before every trigger and nothing else', () => {
    expect(neutraliseCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(neutraliseCell('+49 89 1234')).toBe("'+49 89 1234");
    expect(neutraliseCell('-')).toBe("'-");
    expect(neutraliseCell('@home')).toBe("'@home");
    expect(neutraliseCell('\tx')).toBe("'\tx");
    expect(neutraliseCell('\rx')).toBe("'\rx");
    expect(neutraliseCell("'=already")).toBe("''=already");
    expect(neutraliseCell("'quoted")).toBe("'quoted");
    expect(neutraliseCell('Müller')).toBe('Müller');
  });

  it('strips exactly one quote, and only before a trigger', () => {
    expect(restoreCell("'=1+1")).toBe('=1+1');
    expect(restoreCell("''=1+1")).toBe("'=1+1");
    expect(restoreCell("'abc")).toBe("'abc");
    expect(restoreCell('=1+1')).toBe('=1+1');
  });

  it('for any string: the exported cell never starts with a trigger and restores to the same value', () => {
    fc.assert(
      fc.property(hostileString, (value) => {
        const cell = neutraliseCell(value);
        expect(startsWithTrigger(cell)).toBe(false);
        expect(restoreCell(cell)).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
});
