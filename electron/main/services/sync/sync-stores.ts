import { z } from 'zod';

import { SYNC_DEFAULT_PORT } from '@shared/ipc/domains/sync.contract';

import type { TandemDatabase } from '../../db/database';
import type { IdentityStore, StoredIdentity } from './device-identity';
import type { PairedPeer, PeerStore } from './peer-registry';

/**
 * Identity, pinned peers and sync settings live in local documents of the open database: the
 * encrypted storage persists them, and replication never carries them (they belong to no
 * collection), so a laptop's private key and its trust list never leave it.
 */
export const LOCAL_DOC_IDS = {
  identity: 'sync-identity',
  peers: 'sync-peers',
  settings: 'sync-settings',
} as const;

/** The port offered by default (see the contract). */
export const DEFAULT_SYNC_PORT = SYNC_DEFAULT_PORT;

/** Whether sync runs on this laptop, and where it listens. Off until the user turns it on. */
export type SyncSettings = {
  enabled: boolean;
  port: number;
  /** Listen on 127.0.0.1 only (tests and trying it out on one machine); otherwise every interface. */
  loopbackOnly: boolean;
};

export const DEFAULT_SYNC_SETTINGS: SyncSettings = {
  enabled: false,
  port: DEFAULT_SYNC_PORT,
  loopbackOnly: false,
};

/** The database surface these stores need: RxDB with `localDocuments: true`. */
type LocalDocs = Pick<TandemDatabase, 'getLocal' | 'upsertLocal'>;

const storedIdentitySchema = z.object({
  version: z.literal(1),
  certificatePem: z.string().min(1),
  privateKeyPem: z.string().min(1),
  createdAt: z.string(),
});

const settingsSchema = z.object({
  enabled: z.boolean(),
  port: z.number().int().min(0).max(65_535),
  loopbackOnly: z.boolean().default(false),
});

async function readLocal(db: LocalDocs, id: string): Promise<unknown> {
  const doc = await db.getLocal<{ value: unknown }>(id);
  return doc === null ? null : (doc.toJSON().data.value ?? null);
}

async function writeLocal(db: LocalDocs, id: string, value: unknown): Promise<void> {
  // Wrapped in { value }: local documents must be objects, the peer list is an array.
  await db.upsertLocal(id, { value });
}

/** The device identity in the open database. A damaged record is an error, never replaced. */
export function createLocalIdentityStore(db: LocalDocs): IdentityStore {
  return {
    async load(): Promise<StoredIdentity | null> {
      const raw = await readLocal(db, LOCAL_DOC_IDS.identity);
      return raw === null ? null : storedIdentitySchema.parse(raw);
    },
    save: (identity) => writeLocal(db, LOCAL_DOC_IDS.identity, identity),
  };
}

/** The pinned peers in the open database (the registry parses every entry again on open). */
export function createLocalPeerStore(db: LocalDocs): PeerStore {
  return {
    async load(): Promise<PairedPeer[]> {
      const raw = await readLocal(db, LOCAL_DOC_IDS.peers);
      return Array.isArray(raw) ? (raw as PairedPeer[]) : [];
    },
    save: (peers) => writeLocal(db, LOCAL_DOC_IDS.peers, peers),
  };
}

/** Reads the sync settings; anything missing or unreadable means the safe default (off). */
export async function loadSyncSettings(db: LocalDocs): Promise<SyncSettings> {
  const parsed = settingsSchema.safeParse(await readLocal(db, LOCAL_DOC_IDS.settings));
  return parsed.success ? parsed.data : { ...DEFAULT_SYNC_SETTINGS };
}

/** Stores the sync settings. */
export async function saveSyncSettings(db: LocalDocs, settings: SyncSettings): Promise<void> {
  await writeLocal(db, LOCAL_DOC_IDS.settings, settingsSchema.parse(settings));
}
