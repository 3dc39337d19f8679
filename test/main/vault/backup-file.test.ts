import { randomBytes } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readBackup, writeBackup } from '../../../electron/main/vault/backup-file';
import type { BackupSecret } from '../../../electron/main/vault/backup-file';
import { encodeRecoveryKey } from '../../../electron/main/vault/recovery-key.codec';
import type { VaultHeader } from '../../../electron/main/vault/vault-header.codec';
import { changePassphrase, createVault, readVaultHeader } from '../../../electron/main/vault/vault.service';
import {
  BackupCorruptError,
  BackupTruncatedError,
  MalformedRecoveryKeyError,
  NotABackupError,
  UnsupportedBackupVersionError,
  VaultError,
  WrongDataKeyError,
  WrongPassphraseError,
  WrongRecoveryKeyError,
} from '../../../electron/main/vault/vault.errors';
import { PASSPHRASE, flipBit, makeTempDir, removeDir } from './vault-test-helpers';

const CHUNK = 1024;
const createdAtClock = (): Date => new Date('2025-05-06T07:08:09.010Z');

let vaultDir: string;
let work: string;
let header: VaultHeader;
let dataKey: Uint8Array;
let recoveryKey: string;
let byRecovery: BackupSecret;

function frameOffsets(file: Uint8Array): number[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const offsets: number[] = [];
  for (let offset = 14 + view.getUint32(10) + 32; offset < file.length; offset += 4 + view.getUint32(offset)) {
    offsets.push(offset);
  }
  return offsets;
}

/** Writes `bytes` to a fresh path and returns what `readBackup` throws; fails the test if it succeeds. */
async function failureOf(bytes: Uint8Array, secret: BackupSecret = byRecovery): Promise<VaultError> {
  const path = join(work, `variant-${randomBytes(4).toString('hex')}.tandembackup`);
  await writeFile(path, bytes);
  try {
    await readBackup(path, secret);
  } catch (error) {
    expect(error).toBeInstanceOf(VaultError);
    return error as VaultError;
  }
  throw new Error('a damaged backup was accepted');
}

async function backupOf(payload: Uint8Array, chunkSize = CHUNK): Promise<{ path: string; bytes: Uint8Array }> {
  const path = join(work, `backup-${randomBytes(4).toString('hex')}.tandembackup`);
  await writeBackup(path, { header, payload, dataKey, chunkSize, now: createdAtClock });
  return { path, bytes: new Uint8Array(await readFile(path)) };
}

beforeAll(async () => {
  vaultDir = await makeTempDir();
  work = await makeTempDir();
  ({ dataKey, recoveryKey } = await createVault({ directory: vaultDir, passphrase: PASSPHRASE }));
  header = await readVaultHeader(vaultDir);
  byRecovery = { recoveryKey };
});

afterAll(async () => {
  await Promise.all([removeDir(vaultDir), removeDir(work)]);
});

describe('backup round trip', () => {
  it('opens with the passphrase, with default 1 MiB frames, and reports when it was made', async () => {
    const payload = new Uint8Array(randomBytes(3.5 * 1024 * 1024));
    const path = join(work, 'large.tandembackup');
    const { createdAt } = await writeBackup(path, { header, payload, dataKey, now: createdAtClock });
    expect(createdAt).toBe('2025-05-06T07:08:09.010Z');
    const file = await readFile(path);
    expect(frameOffsets(file)).toHaveLength(4);
    expect(file.includes(Buffer.from(payload.subarray(0, 64)))).toBe(false);
    const opened = await readBackup(path, { passphrase: PASSPHRASE });
    // Buffer.equals: vitest's deep equality walks 3.5 million elements slowly.
    expect(Buffer.from(opened.payload).equals(payload)).toBe(true);
    expect(opened.dataKey).toEqual(dataKey);
    expect(opened.createdAt).toBe(createdAt);
    expect(opened.header).toEqual(header);
  });

  it.each([
    ['empty', 0],
    ['shorter than a frame', 100],
    ['an exact number of frames', 4 * CHUNK],
    ['several frames and a partial one', 5 * CHUNK + 17],
  ])('opens with the recovery key: %s payload', async (_label, size) => {
    const payload = new Uint8Array(randomBytes(size));
    const { path, bytes } = await backupOf(payload);
    expect(frameOffsets(bytes)).toHaveLength(Math.max(1, Math.ceil(size / CHUNK)));
    const opened = await readBackup(path, { recoveryKey: recoveryKey.toLowerCase() });
    expect(opened.payload).toEqual(payload);
    expect(opened.dataKey).toEqual(dataKey);
  });

  it('still opens with the passphrase of backup time after the passphrase changed', async () => {
    const { path } = await backupOf(new Uint8Array([1, 2, 3]));
    await changePassphrase(vaultDir, dataKey, 'das neue Kennwort 2025');
    expect((await readBackup(path, { passphrase: PASSPHRASE })).payload).toEqual(new Uint8Array([1, 2, 3]));
    await expect(readBackup(path, { passphrase: 'das neue Kennwort 2025' })).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('refuses a data key that does not belong to the header, writing nothing', async () => {
    const path = join(work, 'refused.tandembackup');
    await expect(writeBackup(path, { header, payload: new Uint8Array(10), dataKey: new Uint8Array(32) })).rejects.toBeInstanceOf(WrongDataKeyError);
    expect((await readdir(work)).filter((name) => name.includes('refused'))).toEqual([]);
  });

  it('leaves no temporary files behind', async () => {
    await backupOf(new Uint8Array(10));
    expect((await readdir(work)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('backup verification', () => {
  it('rejects a wrong passphrase, a wrong recovery key and a malformed one', async () => {
    const { bytes } = await backupOf(new Uint8Array(50));
    expect(await failureOf(bytes, { passphrase: 'falsches Kennwort!' })).toBeInstanceOf(WrongPassphraseError);
    expect(await failureOf(bytes, { recoveryKey: encodeRecoveryKey(new Uint8Array(16)) })).toBeInstanceOf(WrongRecoveryKeyError);
    expect(await failureOf(bytes, { recoveryKey: 'ABCD' })).toBeInstanceOf(MalformedRecoveryKeyError);
  });

  it('detects truncation anywhere: in the preamble, at every frame boundary and inside frames', async () => {
    const { bytes } = await backupOf(new Uint8Array(randomBytes(3 * CHUNK + 5)));
    const cuts = new Set<number>([0, 1, 7, 8, 9, 13, 14, 100, bytes.length - 1]);
    for (const offset of frameOffsets(bytes)) {
      for (const cut of [offset - 1, offset, offset + 2, offset + 4, offset + 500]) {
        cuts.add(cut);
      }
    }
    for (const cut of [...cuts].filter((length) => length < bytes.length)) {
      const error = await failureOf(bytes.subarray(0, cut));
      expect(error, `cut at ${cut}`).toBeInstanceOf(BackupTruncatedError);
      expect(error.code).toBe('backup.truncated');
    }
  });

  it('detects a flipped bit at every byte of a small backup', async () => {
    const { bytes } = await backupOf(new Uint8Array(randomBytes(40)));
    const codes = new Set<string>();
    for (let offset = 0; offset < bytes.length; offset++) {
      codes.add((await failureOf(flipBit(bytes, offset, offset % 8))).code);
    }
    // A flip in a frame's length prefix can make the file look short; every outcome is a backup error.
    const allowed = ['backup.corrupt', 'backup.not_a_backup', 'backup.truncated', 'backup.unsupported_version'];
    for (const code of codes) {
      expect(allowed).toContain(code);
    }
    expect(codes).toContain('backup.corrupt');
  });

  it('names the failure for flips in the magic, the version, the metadata and each frame', async () => {
    const { bytes } = await backupOf(new Uint8Array(randomBytes(3 * CHUNK)));
    expect(await failureOf(flipBit(bytes, 0))).toBeInstanceOf(NotABackupError);
    expect(await failureOf(flipBit(bytes, 9, 1))).toBeInstanceOf(UnsupportedBackupVersionError);
    expect(await failureOf(flipBit(bytes, 40))).toBeInstanceOf(BackupCorruptError);
    for (const offset of frameOffsets(bytes)) {
      for (const inside of [4, 5, 300, 4 + CHUNK, 4 + CHUNK + 15]) {
        expect(await failureOf(flipBit(bytes, offset + inside, 3)), `frame at ${offset} + ${inside}`).toBeInstanceOf(BackupCorruptError);
      }
    }
  });

  it('detects swapped, dropped and foreign frames and data after the final frame', async () => {
    const payload = new Uint8Array(randomBytes(3 * CHUNK));
    const { bytes } = await backupOf(payload);
    const [first = 0, second = 0, third = 0] = frameOffsets(bytes);
    const frame = (from: number, to: number): Uint8Array => bytes.subarray(from, to);
    const join = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));
    const swapped = join(frame(0, first), frame(second, third), frame(first, second), frame(third, bytes.length));
    expect(await failureOf(swapped)).toBeInstanceOf(BackupCorruptError);
    const dropped = join(frame(0, second), frame(third, bytes.length));
    expect(await failureOf(dropped)).toBeInstanceOf(BackupCorruptError);
    expect(await failureOf(join(bytes, new Uint8Array([0, 0, 0, 16])))).toBeInstanceOf(BackupCorruptError);
    const other = (await backupOf(payload)).bytes;
    const [otherFirst = 0, otherSecond = 0] = frameOffsets(other);
    const spliced = join(frame(0, first), other.subarray(otherFirst, otherSecond), frame(second, bytes.length));
    expect(await failureOf(spliced)).toBeInstanceOf(BackupCorruptError);
  });

  it('rejects files that are not backups', async () => {
    expect(await failureOf(new TextEncoder().encode('{"hello":"world"}'))).toBeInstanceOf(NotABackupError);
    expect(await failureOf(await readFile(join(vaultDir, 'vault.json')))).toBeInstanceOf(NotABackupError);
  });
});
