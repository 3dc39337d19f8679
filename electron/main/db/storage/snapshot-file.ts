import { join } from 'node:path';

import { FILE_KIND, HEADER_BYTES, decodeHeader, encodeFrame, encodeHeader, newFileContext, readFrames } from './frame-codec';
import type { FileSet } from './journal-file';
import { StoreCorruptError } from './storage-errors';

export const snapshotPath = (files: FileSet): string => join(files.directory, `${files.stem}.snap`);

const DOCS_PER_FRAME = 1000;
const WRITE_CHUNK_BYTES = 4 * 1024 * 1024;

type SnapshotRecord = { t: 'c'; d: unknown[] } | { t: 'e'; n: number };

/**
 * Writes the full state as a snapshot: temporary file, fsync, directory fsync,
 * rename, directory fsync. Returns the snapshot's size in bytes.
 */
export async function writeSnapshot(files: FileSet, generation: number, docs: readonly unknown[]): Promise<number> {
  const ctx = newFileContext(files.keys, FILE_KIND.snapshot, generation);
  const tmp = `${snapshotPath(files)}.tmp`;
  const handle = await files.fs.open(tmp, 'w');
  let size = 0;
  try {
    let pending: Buffer[] = [encodeHeader(files.keys, files.stem, ctx)];
    let pendingBytes = HEADER_BYTES;
    const flush = async (): Promise<void> => {
      const data = Buffer.concat(pending);
      await handle.write(data, size);
      size += data.byteLength;
      pending = [];
      pendingBytes = 0;
    };
    let seq = 0;
    const records: SnapshotRecord[] = [];
    for (let i = 0; i < docs.length; i += DOCS_PER_FRAME) {
      records.push({ t: 'c', d: docs.slice(i, i + DOCS_PER_FRAME) });
    }
    records.push({ t: 'e', n: docs.length });
    for (const record of records) {
      const frame = encodeFrame(ctx, seq, Buffer.from(JSON.stringify(record)));
      seq += 1;
      pending.push(frame);
      pendingBytes += frame.byteLength;
      if (pendingBytes >= WRITE_CHUNK_BYTES) {
        await flush();
      }
    }
    await flush();
    await handle.sync();
  } finally {
    await handle.close();
  }
  await files.fs.syncDir(files.directory);
  await files.fs.rename(tmp, snapshotPath(files));
  await files.fs.syncDir(files.directory);
  return size;
}

/**
 * Decodes a snapshot. It was renamed into place only after a full sync, so
 * unlike the journal any missing or failing frame is corruption.
 */
export function readSnapshot(files: FileSet, bytes: Buffer): { generation: number; docs: unknown[] } {
  const ctx = decodeHeader(files.keys, files.stem, bytes, FILE_KIND.snapshot);
  const { payloads, validEnd } = readFrames(ctx, bytes, HEADER_BYTES);
  if (validEnd !== bytes.byteLength) {
    throw new StoreCorruptError('Snapshot is truncated or has a damaged frame.');
  }
  const docs: unknown[] = [];
  let ended = false;
  for (const payload of payloads) {
    const record = JSON.parse(payload.toString('utf8')) as SnapshotRecord;
    if (ended) {
      throw new StoreCorruptError('Snapshot has frames after its end.');
    }
    if (record.t === 'c') {
      for (const doc of record.d) {
        docs.push(doc);
      }
    } else {
      ended = record.n === docs.length;
      if (!ended) {
        throw new StoreCorruptError('Snapshot document count does not match.');
      }
    }
  }
  if (!ended) {
    throw new StoreCorruptError('Snapshot has no end frame.');
  }
  return { generation: ctx.generation, docs };
}
