import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataTooNewError, openTandemDatabase } from '../../../electron/main/db/database';
import type { TandemDatabase } from '../../../electron/main/db/database';
import { createAuditLogRepository } from '../../../electron/main/db/repositories/audit-log.repository';

let directory: string;
let key: Uint8Array;
let db: TandemDatabase | undefined;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'tandem-db-'));
  key = randomBytes(32);
});

afterEach(async () => {
  await db?.close();
  db = undefined;
  await rm(directory, { recursive: true, force: true });
});

const context = { deviceId: 'device-1', actor: 'hr', now: () => new Date('2026-11-28T10:00:00Z') };

describe('programme database', () => {
  it('keeps audit entries across a close and reopen, as plain objects', async () => {
    db = await openTandemDatabase({ directory, key });
    const audit = createAuditLogRepository(db, context);
    await audit.append({ action: 'participant.erased', entity: 'participant', entityId: 'p1', details: { tandems: 2 } });
    await db.close();
    db = await openTandemDatabase({ directory, key });
    const entries = await createAuditLogRepository(db, context).list();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'participant.erased', deviceId: 'device-1', details: { tandems: 2 } });
    expect(Object.keys(entries[0]!).some((k) => k.startsWith('_'))).toBe(false);
  });

  it('refuses to open data written by a newer schema version', async () => {
    db = await openTandemDatabase({ directory, key });
    await db.upsertLocal('schema-versions', { versions: { 'audit-log': 99 } });
    await db.close();
    db = undefined;
    await expect(openTandemDatabase({ directory, key })).rejects.toBeInstanceOf(DataTooNewError);
  });

  it('stores nothing readable on disk', async () => {
    db = await openTandemDatabase({ directory, key });
    await createAuditLogRepository(db, context).append({
      action: 'participant.created',
      entity: 'participant',
      entityId: 'Zebediah-Plaintext-Marker',
      details: {},
    });
    await db.close();
    db = undefined;
    for (const file of await readdir(directory, { recursive: true })) {
      const bytes = await readFile(join(directory, file)).catch(() => Buffer.alloc(0));
      expect(bytes.includes('Zebediah-Plaintext-Marker')).toBe(false);
      expect(bytes.includes('audit-log')).toBe(false);
    }
  });
});

describe('deleting through a repository', () => {
  it('leaves a tombstone without personal data', async () => {
    const { createRepositories } = await import('../../../electron/main/db/repositories');
    db = await openTandemDatabase({ directory, key });
    const repos = createRepositories(db, { deviceId: 'device-1', actor: 'hr', now: () => new Date('2026-11-28T10:00:00Z') });
    const org = await repos.orgLinks.insert({ id: 'erika.musterfrau@example.com', employeeEmail: 'erika.musterfrau@example.com', managerEmail: 'boss@example.com' });
    await repos.orgLinks.remove(org.id);
    await expect(repos.orgLinks.get(org.id)).resolves.toBeNull();
    // Read the raw tombstone from the storage instance.
    const raw = await db['org-links'].storageInstance.findDocumentsById([org.id], true);
    expect(raw).toHaveLength(1);
    expect(raw[0]?._deleted).toBe(true);
    expect(JSON.stringify(raw[0])).not.toContain('boss@example.com');
    expect(raw[0]).toMatchObject({ id: org.id, managerEmail: '' });
  });
});
