import { deepEqual } from 'rxdb';
import type { RxConflictHandler } from 'rxdb';

/** Field that names the device of the last write; breaks ties of equal `updatedAt`. */
export const WRITER_FIELD = 'updatedBy';

type Version = Record<string, unknown> & { _deleted?: boolean };

function time(value: unknown): number {
  const parsed = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** JSON with sorted keys, so equal documents give equal strings whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  // undefined (absent) sorts like null; functions and symbols never occur in stored JSON.
  return value === undefined ? 'null' : JSON.stringify(value);
}

/**
 * A total order on versions of one document; the winner of a conflict is the greater one. Being a
 * total order, resolution is commutative and associative, so every peer converges whatever
 * order syncs happen in.
 * 1. A deletion beats an edit: an erasure must not be undone by a peer that had not yet seen it
 *    (RxDB keeps `updatedAt` on removal, so a concurrent edit would otherwise often win).
 * 2. Newer `updatedAt`.
 * 3. Greater writer device ID ({@link WRITER_FIELD}).
 * 4. Greater canonical JSON: only reached by two different writes with equal time and writer,
 *    and keeps the order total.
 */
export function compareVersions(a: Version, b: Version): number {
  const deleted = Number(a._deleted === true) - Number(b._deleted === true);
  if (deleted !== 0) {
    return deleted;
  }
  const ta = time(a.updatedAt);
  const tb = time(b.updatedAt);
  if (ta !== tb) {
    return ta > tb ? 1 : -1;
  }
  const wa = text(a[WRITER_FIELD]);
  const wb = text(b[WRITER_FIELD]);
  if (wa !== wb) {
    return wa > wb ? 1 : -1;
  }
  const ca = canonical(a);
  const cb = canonical(b);
  return ca === cb ? 0 : ca > cb ? 1 : -1;
}

/**
 * The conflict handler for every synced collection: deterministic, so both peers pick the same
 * winner. RxDB reads it on the fork side (resolve) and we pass it to the master side (isEqual).
 */
export function createSyncConflictHandler<T>(): RxConflictHandler<T> {
  return {
    isEqual: (a, b) => deepEqual(a, b),
    resolve: (input) => {
      const master = input.realMasterState as unknown as Version;
      const fork = input.newDocumentState as unknown as Version;
      const winner =
        compareVersions(master, fork) >= 0 ? input.realMasterState : input.newDocumentState;
      return Promise.resolve(winner);
    },
  };
}
