import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTandemDatabase } from '../../../electron/main/db/database';
import { createAuditLogRepository } from '../../../electron/main/db/repositories/audit-log.repository';
import { makeTestCore } from '../../helpers/core';
import type { TestCore } from '../../helpers/core';

const PASS = 'correct horse battery staple';
const APP = 'app://tandem/index.html';
let core: TestCore;

beforeEach(async () => {
  core = await makeTestCore();
});

afterEach(async () => {
  await core.dispose();
});

async function addAuditEntry(id: string): Promise<void> {
  const db = core.session.requireDb();
  await createAuditLogRepository(db, { deviceId: 'd', actor: 'hr', now: () => core.clock.now }).append({
    action: 'test',
    entity: 'participant',
    entityId: id,
    details: {},
  });
}

async function entries(): Promise<string[]> {
  const db = core.session.requireDb();
  const list = await createAuditLogRepository(db, { deviceId: 'd', actor: 'hr', now: () => core.clock.now }).list();
  return list.map((e) => e.entityId).sort();
}

describe('session: vault and database lifecycle', () => {
  it('goes from first run to unlocked, locks, and refuses data access while locked', async () => {
    await expect(core.handlers['vault:status'](undefined)).resolves.toMatchObject({ state: 'no_vault' });
    const { recoveryKey } = await core.handlers['vault:create']({ passphrase: PASS });
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await addAuditEntry('a');
    await core.handlers['vault:lock'](undefined);
    expect(() => core.session.requireDb()).toThrow(/locked/);
    const refused = await core.dispatch('backup:create', undefined, APP);
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(core.events).toContainEqual({ event: 'vault:locked', payload: { reason: 'user' } });
  });

  it('rejects a wrong passphrase with a translated code and leaves the header untouched', async () => {
    await core.handlers['vault:create']({ passphrase: PASS });
    await core.handlers['vault:lock'](undefined);
    const before = await readFile(join(core.dataDirectory, 'vault.json'));
    const result = await core.dispatch('vault:unlock', { passphrase: 'wrong passphrase!' }, APP);
    expect(result).toMatchObject({ ok: false, error: { code: 'vault.wrong_passphrase' } });
    expect(await readFile(join(core.dataDirectory, 'vault.json'))).toEqual(before);
    await expect(core.handlers['vault:unlock']({ passphrase: PASS })).resolves.toMatchObject({ state: 'unlocked' });
  });

  it('unlocks with the recovery key, sets a new passphrase and keeps the data', async () => {
    const { recoveryKey } = await core.handlers['vault:create']({ passphrase: PASS });
    await addAuditEntry('kept');
    await core.handlers['vault:lock'](undefined);
    await core.handlers['vault:unlockWithRecoveryKey']({ recoveryKey: recoveryKey.toLowerCase(), newPassphrase: 'a brand new passphrase' });
    expect(await entries()).toEqual(['kept']);
    await core.handlers['vault:lock'](undefined);
    await expect(core.dispatch('vault:unlock', { passphrase: PASS }, APP)).resolves.toMatchObject({ ok: false });
    await expect(core.handlers['vault:unlock']({ passphrase: 'a brand new passphrase' })).resolves.toMatchObject({ state: 'unlocked' });
  });

  it('locks itself after the configured idle time and not before', async () => {
    await core.handlers['preferences:update']({ autoLockMinutes: 5 });
    await core.handlers['vault:create']({ passphrase: PASS });
    core.clock.advanceMinutes(4);
    await expect(core.session.checkIdle()).resolves.toBe(false);
    await core.handlers['vault:activity'](undefined);
    core.clock.advanceMinutes(4);
    await expect(core.session.checkIdle()).resolves.toBe(false);
    core.clock.advanceMinutes(1);
    await expect(core.session.checkIdle()).resolves.toBe(true);
    expect(core.events).toContainEqual({ event: 'vault:locked', payload: { reason: 'idle' } });
    await expect(core.handlers['vault:status'](undefined)).resolves.toMatchObject({ state: 'locked' });
  });

  it('backs up, verifies, and restores the backed-up state after later changes', async () => {
    await core.handlers['vault:create']({ passphrase: PASS });
    await addAuditEntry('before-backup');
    const backupDir = await mkdtemp(join(tmpdir(), 'tandem-backup-'));
    try {
      const file = join(backupDir, 'b.tandembackup');
      core.dialogs.saves.push(file);
      const backup = await core.handlers['backup:create'](undefined);
      expect(backup).toMatchObject({ path: file, documents: 1 });
      expect((await readFile(file)).includes('before-backup')).toBe(false);
      await addAuditEntry('after-backup');
      await core.handlers['vault:changePassphrase']({ currentPassphrase: PASS, newPassphrase: 'changed after backup' });
      core.dialogs.opens.push(file);
      const wrong = await core.dispatch('backup:restore', { passphrase: 'changed after backup' }, APP);
      expect(wrong).toMatchObject({ ok: false, error: { code: 'vault.wrong_passphrase' } });
      expect(await entries()).toEqual(['after-backup', 'before-backup']);
      core.dialogs.opens.push(file);
      await expect(core.handlers['backup:restore']({ passphrase: PASS })).resolves.toMatchObject({ documents: 1 });
      expect(await entries()).toEqual(['before-backup']);
      await core.handlers['vault:lock'](undefined);
      // The restored vault opens with the passphrase valid at backup time.
      await expect(core.handlers['vault:unlock']({ passphrase: PASS })).resolves.toMatchObject({ state: 'unlocked' });
    } finally {
      await rm(backupDir, { recursive: true, force: true });
    }
  });

  it('answers null when the user cancels the file dialog', async () => {
    await core.handlers['vault:create']({ passphrase: PASS });
    await expect(core.handlers['backup:create'](undefined)).resolves.toBeNull();
    await expect(core.handlers['backup:restore']({ passphrase: PASS })).resolves.toBeNull();
  });
});

describe('database file ownership', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tandem-own-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a second opener of the same store', async () => {
    const key = new Uint8Array(32).fill(7);
    const first = await openTandemDatabase({ directory: dir, key });
    try {
      await expect(openTandemDatabase({ directory: dir, key })).rejects.toThrow();
    } finally {
      await first.close();
    }
  });
});
