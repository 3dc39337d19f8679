export { getRxStorageEncryptedJournal } from './encrypted-journal.storage';
export type { EncryptedJournalStorageOptions, RxStorageEncryptedJournal } from './encrypted-journal.storage';
export type { EncryptedJournalInternals, EncryptedJournalInstanceOptions } from './encrypted-journal.instance';
export { StoreCorruptError, StoreFailedError, StoreLockedError, WrongKeyError } from './storage-errors';
export { nodeStorageFs } from './storage-fs';
export type { StorageFileHandle, StorageFs, StorageOpenFlags } from './storage-fs';
