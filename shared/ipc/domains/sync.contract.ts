import { z } from 'zod';
import { none, out } from '../method';
import type { MethodSpec } from '../method';
import type { SYNC_CHANNELS } from './sync.channels';

/** The port offered by default; near Syncthing's 22000 but not on it, so both can run. */
export const SYNC_DEFAULT_PORT = 22_400;

/** Lowest port the form offers: below 1024 needs administrator rights on most systems. */
export const SYNC_MIN_PORT = 1024;

const port = z
  .number({ message: 'sync.form.portInvalid' })
  .int('sync.form.portInvalid')
  .min(SYNC_MIN_PORT, 'sync.form.portInvalid')
  .max(65_535, 'sync.form.portInvalid');

/**
 * Turning sync on. `port: 0` lets the system choose (tests); `loopbackOnly` listens on
 * 127.0.0.1 only instead of every network interface (tests, or trying it out on one machine).
 */
export const SyncEnableInputSchema = z.object({
  port: z.union([port, z.literal(0)]),
  loopbackOnly: z.boolean().optional(),
});

/**
 * A colleague's laptop to pair with. The device ID is checked (length and check characters) in
 * main, which answers `sync.device_id_invalid` naming the group with the typo.
 */
export const AddPeerInputSchema = z.object({
  deviceId: z.string().trim().min(1, 'sync.form.deviceIdRequired').max(200, 'sync.form.deviceIdTooLong'),
  name: z.string().trim().min(1, 'sync.form.nameRequired').max(100, 'sync.form.nameTooLong'),
  host: z
    .string()
    .trim()
    .min(1, 'sync.form.hostRequired')
    .max(253, 'sync.form.hostInvalid')
    .regex(/^[^\s/]+$/, 'sync.form.hostInvalid'),
  port,
});
export type AddPeerInput = z.input<typeof AddPeerInputSchema>;

export const PeerRefSchema = z.object({ deviceId: z.string().min(1).max(200) });

/** Sync one paired device, or every paired device when `deviceId` is left out. */
export const SyncNowInputSchema = z.object({ deviceId: z.string().min(1).max(200).optional() });

/** A paired device as the Sync page lists it. */
export type SyncPeerView = {
  /** Full ID, grouped in eight blocks of seven (as the engine formats it). */
  deviceId: string;
  /** The first block, enough to tell devices apart in a table. */
  shortId: string;
  name: string;
  host: string | null;
  port: number | null;
  state: 'idle' | 'syncing' | 'error';
  connected: boolean;
  lastSyncAt: string | null;
  /** A translation code under `errors.` (e.g. `sync.peer_unreachable`), or null. */
  lastErrorCode: string | null;
};

/** Everything the Sync page shows. `deviceId` is null while locked or when sync failed to load. */
export type SyncStatus = {
  enabled: boolean;
  deviceId: string | null;
  /** The configured port; `listening` is where the listener actually is (null when off). */
  port: number;
  loopbackOnly: boolean;
  listening: { host: string; port: number } | null;
  /** This laptop's network addresses, to tell colleagues (IPv4, no loopback). */
  addresses: string[];
  /** Why the listener could not start (e.g. `sync.port_in_use`), or null. */
  listenErrorCode: string | null;
  peers: SyncPeerView[];
};

export const syncContract = {
  'sync:status': { input: none, output: out<SyncStatus>() },
  'sync:enable': { input: SyncEnableInputSchema, output: out<SyncStatus>() },
  'sync:disable': { input: none, output: out<SyncStatus>() },
  'sync:addPeer': { input: AddPeerInputSchema, output: out<SyncStatus>() },
  'sync:removePeer': { input: PeerRefSchema, output: out<SyncStatus>() },
  'sync:syncNow': { input: SyncNowInputSchema, output: out<SyncStatus>() },
} satisfies { [C in (typeof SYNC_CHANNELS)[number]]: MethodSpec };
