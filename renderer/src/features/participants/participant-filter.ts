import type { ParticipantRole, ParticipantStatus } from '@shared/domain/participants';
import type { ParticipantRow } from '@shared/ipc/domains/participants.types';

export type ParticipantFilter = {
  search: string;
  role: ParticipantRole | null;
  department: string | null;
  status: ParticipantStatus | null;
  roundId: string | null;
};

export type SortKey = 'name' | 'department' | 'role' | 'status';

export const EMPTY_FILTER: ParticipantFilter = { search: '', role: null, department: null, status: null, roundId: null };

const collator = new Intl.Collator('de', { sensitivity: 'base' });

/** Lower-case text a search matches against; built once per row list, not per keystroke. */
export type SearchIndex = Map<string, string>;

export function buildSearchIndex(rows: readonly ParticipantRow[]): SearchIndex {
  return new Map(rows.map((r) => [r.id, `${r.firstName} ${r.lastName} ${r.email} ${r.department} ${r.jobTitle}`.toLowerCase()]));
}

/**
 * Filters and sorts the list. Every search word must occur (in any field), so "müller it"
 * finds Müller in IT. Linear plus one sort: 10,000 rows stay well under 100 ms.
 */
export function filterParticipants(
  rows: readonly ParticipantRow[],
  filter: ParticipantFilter,
  sort: SortKey,
  index: SearchIndex = buildSearchIndex(rows),
): ParticipantRow[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  const out = rows.filter((r) => {
    if ((filter.role !== null && r.role !== filter.role) || (filter.status !== null && r.status !== filter.status)) {
      return false;
    }
    if (filter.department !== null && r.department !== filter.department) {
      return false;
    }
    if (filter.roundId !== null && !r.roundIds.includes(filter.roundId)) {
      return false;
    }
    if (words.length === 0) {
      return true;
    }
    const text = index.get(r.id) ?? '';
    return words.every((w) => text.includes(w));
  });
  const byName = (a: ParticipantRow, b: ParticipantRow) =>
    collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName);
  const compare: Record<SortKey, (a: ParticipantRow, b: ParticipantRow) => number> = {
    name: byName,
    department: (a, b) => collator.compare(a.department, b.department) || byName(a, b),
    role: (a, b) => a.role.localeCompare(b.role) || byName(a, b),
    status: (a, b) => a.status.localeCompare(b.status) || byName(a, b),
  };
  return out.sort(compare[sort]);
}

/** The departments present, sorted, for the filter menu. */
export function departmentsOf(rows: readonly ParticipantRow[]): string[] {
  return [...new Set(rows.map((r) => r.department))].sort(collator.compare);
}
