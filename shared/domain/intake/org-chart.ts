import { EmailSchema } from '../participants/participant.schema';
import { isBlankRow, rowNumberOf, type RawTable } from './raw-table';
import { normaliseToken } from './value-labels';

/** Employee → line manager, both normalised emails. */
export type OrgLink = { employeeEmail: string; managerEmail: string; row: number };

export type OrgChartReport = {
  /** Each cycle as the people in it, in reporting order (a reports to b reports to … a). */
  cycles: string[][];
  selfLinks: { row: number; email: string }[];
  /** An employee listed with different managers; the first row's manager is kept. */
  conflicts: { employeeEmail: string; managers: { managerEmail: string; row: number }[] }[];
  invalidEmails: { row: number; column: 'employee' | 'manager'; value: string }[];
  /** Rows without a manager (top of the organisation): counted, not an error. */
  withoutManager: number;
};

export type OrgChartColumns = { employee: number; manager: number };

export type OrgChartResult = { links: OrgLink[]; report: OrgChartReport };

const MANAGER_WORDS =
  /(fuehrungskraft|vorgesetzt|manager|leitung|leiter|supervisor|reportsto|berichtetan|chef|boss)/;
const EMAIL_WORDS = /(mitarbeiter|employee|person|beschaeftigt)/;

/**
 * Finds the employee-email and manager-email columns from German or English
 * headers ("Mitarbeiter E-Mail" / "Führungskraft E-Mail", "Employee" / "Manager email").
 * `undefined` when either is missing; the UI then asks the user.
 */
export const detectOrgChartColumns = (header: readonly string[]): OrgChartColumns | undefined => {
  const tokens = header.map(normaliseToken);
  const manager = tokens.findIndex((t) => MANAGER_WORDS.test(t));
  // A column that says "mail" beats one that only says "Mitarbeiter" (e.g. "Mitarbeiternummer").
  const mailColumn = tokens.findIndex((t, i) => i !== manager && t.includes('mail'));
  const employee =
    mailColumn >= 0 ? mailColumn : tokens.findIndex((t, i) => i !== manager && EMAIL_WORDS.test(t));
  return manager < 0 || employee < 0 ? undefined : { employee, manager };
};

const findCycles = (managerOf: ReadonlyMap<string, string>): string[][] => {
  // Each employee has at most one manager, so the graph is functional: walk each
  // chain once, colouring nodes; a walk that meets its own colour closed a cycle.
  const state = new Map<string, number>();
  const cycles: string[][] = [];
  let walk = 0;
  for (const start of managerOf.keys()) {
    walk += 1;
    const path: string[] = [];
    let node: string | undefined = start;
    while (node !== undefined && !state.has(node)) {
      state.set(node, walk);
      path.push(node);
      node = managerOf.get(node);
    }
    if (node !== undefined && state.get(node) === walk) {
      cycles.push(path.slice(path.indexOf(node)));
    }
  }
  return cycles;
};

/**
 * Reads an org chart table into links plus a report of cycles, self-links,
 * conflicting managers and invalid emails. Nothing is fatal: problem rows are left
 * out of `links` (except cycles, which are kept and reported so HR can fix the source).
 */
export const buildOrgChart = (table: RawTable, columns: OrgChartColumns): OrgChartResult => {
  const report: OrgChartReport = {
    cycles: [],
    selfLinks: [],
    conflicts: [],
    invalidEmails: [],
    withoutManager: 0,
  };
  const links: OrgLink[] = [];
  const managerOf = new Map<string, string>();
  const linkRow = new Map<string, number>();
  const conflicts = new Map<string, OrgChartReport['conflicts'][number]>();
  table.rows.forEach((cells, index) => {
    if (isBlankRow(cells)) {
      return;
    }
    const row = rowNumberOf(table, index);
    const employeeText = (cells[columns.employee] ?? '').trim();
    const managerText = (cells[columns.manager] ?? '').trim();
    const employee = EmailSchema.safeParse(employeeText);
    if (!employee.success) {
      report.invalidEmails.push({ row, column: 'employee', value: employeeText });
      return;
    }
    if (managerText === '') {
      report.withoutManager += 1;
      return;
    }
    const manager = EmailSchema.safeParse(managerText);
    if (!manager.success) {
      report.invalidEmails.push({ row, column: 'manager', value: managerText });
      return;
    }
    if (employee.data === manager.data) {
      report.selfLinks.push({ row, email: employee.data });
      return;
    }
    const known = managerOf.get(employee.data);
    if (known === undefined) {
      managerOf.set(employee.data, manager.data);
      linkRow.set(employee.data, row);
      links.push({ employeeEmail: employee.data, managerEmail: manager.data, row });
      return;
    }
    if (known === manager.data) {
      return;
    }
    const firstRow = linkRow.get(employee.data) ?? row;
    const entry = conflicts.get(employee.data) ?? {
      employeeEmail: employee.data,
      managers: [{ managerEmail: known, row: firstRow }],
    };
    entry.managers.push({ managerEmail: manager.data, row });
    conflicts.set(employee.data, entry);
  });
  report.conflicts = [...conflicts.values()];
  report.cycles = findCycles(managerOf);
  return { links, report };
};
