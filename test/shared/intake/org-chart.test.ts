import { describe, expect, it } from 'vitest';

import { buildOrgChart, detectOrgChartColumns, tableFromRows } from '../../../shared/domain/intake';

describe('org chart', () => {
  it('detects the columns from German and English headers', () => {
    expect(
      detectOrgChartColumns(['Personalnummer', 'Mitarbeiter E-Mail', 'Führungskraft E-Mail']),
    ).toEqual({ employee: 1, manager: 2 });
    expect(detectOrgChartColumns(['Manager email', 'Employee email'])).toEqual({
      employee: 1,
      manager: 0,
    });
    expect(detectOrgChartColumns(['Name', 'Ort'])).toBeUndefined();
  });

  it('builds links and reports cycles, self-links, conflicts and invalid emails without failing', () => {
    const table = tableFromRows([
      ['E-Mail', 'Vorgesetzte:r'],
      ['a@x.de', 'b@x.de'],
      ['b@x.de', 'c@x.de'],
      ['c@x.de', 'A@X.de'],
      ['d@x.de', 'd@x.de'],
      ['e@x.de', 'b@x.de'],
      ['e@x.de', 'c@x.de'],
      ['e@x.de', 'b@x.de'],
      ['kein-mail', 'b@x.de'],
      ['f@x.de', 'auch kaputt'],
      ['ceo@x.de', ''],
    ]);
    if (table === undefined) {
      throw new Error('no table');
    }
    const { links, report } = buildOrgChart(table, { employee: 0, manager: 1 });
    expect(links.map((l) => `${l.employeeEmail}>${l.managerEmail}`)).toEqual([
      'a@x.de>b@x.de',
      'b@x.de>c@x.de',
      'c@x.de>a@x.de',
      'e@x.de>b@x.de',
    ]);
    expect(report.cycles).toEqual([['a@x.de', 'b@x.de', 'c@x.de']]);
    expect(report.selfLinks).toEqual([{ row: 5, email: 'd@x.de' }]);
    expect(report.conflicts).toEqual([
      {
        employeeEmail: 'e@x.de',
        managers: [
          { managerEmail: 'b@x.de', row: 6 },
          { managerEmail: 'c@x.de', row: 7 },
        ],
      },
    ]);
    expect(report.invalidEmails).toEqual([
      { row: 9, column: 'employee', value: 'kein-mail' },
      { row: 10, column: 'manager', value: 'auch kaputt' },
    ]);
    expect(report.withoutManager).toBe(1);
  });

  it('handles a long chain and a big cycle in linear time', () => {
    const n = 50_000;
    const rows = [
      ['employee', 'manager'],
      ...Array.from({ length: n }, (_, i) => [
        `p${String(i)}@x.de`,
        `p${String((i + 1) % n)}@x.de`,
      ]),
    ];
    const table = tableFromRows(rows);
    if (table === undefined) {
      throw new Error('no table');
    }
    const start = performance.now();
    const { report } = buildOrgChart(table, { employee: 0, manager: 1 });
    expect(report.cycles).toHaveLength(1);
    expect(report.cycles[0]).toHaveLength(n);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
