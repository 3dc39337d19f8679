/**
 * Typed failures of the encrypted journal storage. They extend plain `Error`
 * because RxDB only expects ordinary errors from a storage and passes them on.
 */

/** The store's files fail authentication or are structurally damaged. */
export class StoreCorruptError extends Error {
  override readonly name = 'StoreCorruptError';
  /** Stable code the UI translates. */
  readonly code = 'store.corrupt';
}

/** The data key does not match the key the store was created with. */
export class WrongKeyError extends Error {
  override readonly name = 'WrongKeyError';
  /** Stable code the UI translates. */
  readonly code = 'store.wrong_key';
}

/** Another process (or another storage object in this process) owns the store. */
export class StoreLockedError extends Error {
  override readonly name = 'StoreLockedError';
  /** Stable code the UI translates. */
  readonly code = 'store.locked';
}

/**
 * A write or compaction failed part-way; the in-memory state may be ahead of
 * the disk, so the collection refuses further work until it is reopened.
 */
export class StoreFailedError extends Error {
  override readonly name = 'StoreFailedError';
  /** Stable code the UI translates. */
  readonly code = 'store.failed';
}
