import { join } from 'node:path';

import {
  FILE_KIND,
  HEADER_BYTES,
  decodeHeader,
  encodeFrame,
  encodeHeader,
  newFileContext,
  readFrames,
  type FileContext,
  type StoreKeys,
} from './frame-codec';
import type { StorageFileHandle, StorageFs } from './storage-fs';

/** Where a collection's files live and how to seal them. */
export type FileSet = { fs: StorageFs; directory: string; keys: StoreKeys; stem: string };

export const journalPath = (files: FileSet): string => join(files.directory, `${files.stem}.jnl`);

type Waiter = { resolve: () => void; reject: (error: unknown) => void };

/**
 * Appends encrypted frames to one journal file. Frames are sealed and queued
 * synchronously (so their order is the order of the calls); one loop writes
 * whatever has queued up and fdatasyncs once for all of it (group commit).
 */
export class JournalWriter {
  private queued: Buffer[] = [];
  private waiters: Waiter[] = [];
  private running = false;
  private failure: Error | null = null;
  private nextSeq: number;
  private durableSize: number;
  private queuedBytes = 0;

  constructor(
    private readonly handle: StorageFileHandle,
    readonly ctx: FileContext,
    frameCount: number,
    size: number,
  ) {
    this.nextSeq = frameCount;
    this.durableSize = size;
  }

  /** Size of the file once everything queued is written. */
  get size(): number {
    return this.durableSize + this.queuedBytes;
  }

  /** Resolves once `payload` is on disk; rejects with the file error otherwise. */
  append(payload: Buffer): Promise<void> {
    if (this.failure !== null) {
      return Promise.reject(this.failure);
    }
    const frame = encodeFrame(this.ctx, this.nextSeq, payload);
    this.nextSeq += 1;
    this.queued.push(frame);
    this.queuedBytes += frame.byteLength;
    const done = new Promise<void>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
    });
    this.kick();
    return done;
  }

  /** Resolves when everything appended so far is durable. */
  idle(): Promise<void> {
    if (this.failure !== null) {
      return Promise.reject(this.failure);
    }
    if (!this.running && this.queued.length === 0) {
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
    });
  }

  /** Closes the file after pending frames are written. */
  async close(): Promise<void> {
    try {
      await this.idle();
    } finally {
      await this.handle.close();
    }
  }

  private kick(): void {
    if (!this.running) {
      this.running = true;
      void this.loop();
    }
  }

  private async loop(): Promise<void> {
    // Yield once so writes issued in the same tick share this sync.
    await Promise.resolve();
    while (this.waiters.length > 0) {
      const batch = this.queued;
      const waiters = this.waiters;
      this.queued = [];
      this.waiters = [];
      const data = batch.length === 1 && batch[0] !== undefined ? batch[0] : Buffer.concat(batch);
      try {
        if (data.byteLength > 0) {
          await this.handle.write(data, this.durableSize);
          await this.handle.datasync();
        }
        this.durableSize += data.byteLength;
        this.queuedBytes -= data.byteLength;
        for (const waiter of waiters) {
          waiter.resolve();
        }
      } catch (error) {
        // The file may now end in a partial frame; nothing more may be appended after it.
        this.failure = error instanceof Error ? error : new Error('Journal write failed.', { cause: error });
        for (const waiter of [...waiters, ...this.waiters]) {
          waiter.reject(error);
        }
        this.waiters = [];
        this.queued = [];
      }
    }
    this.running = false;
  }
}

/**
 * Creates an empty journal durably: written under a temporary name, synced,
 * renamed over the old journal and the directory synced, so a crash leaves
 * either the old or the new journal, never a half-written header.
 */
export async function createJournal(files: FileSet, generation: number): Promise<JournalWriter> {
  const ctx = newFileContext(files.keys, FILE_KIND.journal, generation);
  const tmp = `${journalPath(files)}.tmp`;
  const handle = await files.fs.open(tmp, 'w');
  try {
    await handle.write(encodeHeader(files.keys, files.stem, ctx), 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await files.fs.rename(tmp, journalPath(files));
  await files.fs.syncDir(files.directory);
  const appendHandle = await files.fs.open(journalPath(files), 'r+');
  return new JournalWriter(appendHandle, ctx, 0, HEADER_BYTES);
}

/** Reads a journal's header only (to learn its generation before replaying). */
export function readJournalHeader(files: FileSet, bytes: Buffer): FileContext {
  return decodeHeader(files.keys, files.stem, bytes, FILE_KIND.journal);
}

/**
 * Replays an existing journal and opens it for appending. A torn final frame
 * is cut off (and the cut synced) so new frames never follow garbage.
 */
export async function openJournal(files: FileSet, bytes: Buffer, ctx: FileContext): Promise<{ writer: JournalWriter; payloads: Buffer[]; cutBytes: number }> {
  const { payloads, validEnd } = readFrames(ctx, bytes, HEADER_BYTES);
  const handle = await files.fs.open(journalPath(files), 'r+');
  try {
    if (validEnd < bytes.byteLength) {
      await handle.truncate(validEnd);
      await handle.datasync();
    }
  } catch (error) {
    await handle.close();
    throw error;
  }
  return { writer: new JournalWriter(handle, ctx, payloads.length, validEnd), payloads, cutBytes: bytes.byteLength - validEnd };
}
