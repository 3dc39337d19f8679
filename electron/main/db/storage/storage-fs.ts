import { open, readFile, readdir, rename, unlink, link, mkdir } from 'node:fs/promises';

/** An open file; `write` always writes the whole buffer at `position`. */
export type StorageFileHandle = {
  write(data: Uint8Array, position: number): Promise<void>;
  datasync(): Promise<void>;
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
};

/** `wx` creates exclusively, `w` creates or truncates, `r+` opens for update. */
export type StorageOpenFlags = 'wx' | 'w' | 'r+';

/**
 * The few file operations the storage needs. Tests pass a wrapper that fails
 * selected calls (EIO, ENOSPC) instead of patching `node:fs` globally.
 */
export type StorageFs = {
  open(path: string, flags: StorageOpenFlags): Promise<StorageFileHandle>;
  /** Resolves `null` when the file does not exist. */
  readFile(path: string): Promise<Buffer | null>;
  rename(from: string, to: string): Promise<void>;
  /** Resolves without error when the file is already gone. */
  unlink(path: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  /** Makes renames and creations in `path` durable. */
  syncDir(path: string): Promise<void>;
};

const isCode = (error: unknown, code: string): boolean =>
  error instanceof Error && (error as NodeJS.ErrnoException).code === code;

/** The real file system, through `node:fs/promises` (Node 20 and Electron's Node 22). */
export const nodeStorageFs: StorageFs = {
  async open(path, flags) {
    const handle = await open(path, flags, 0o600);
    return {
      async write(data, position) {
        let done = 0;
        // A short write is legal for write(2); loop so callers get all-or-error.
        while (done < data.byteLength) {
          const { bytesWritten } = await handle.write(data, done, data.byteLength - done, position + done);
          done += bytesWritten;
        }
      },
      datasync: () => handle.datasync(),
      sync: () => handle.sync(),
      truncate: (length) => handle.truncate(length),
      close: () => handle.close(),
    };
  },
  async readFile(path) {
    try {
      return await readFile(path);
    } catch (error) {
      if (isCode(error, 'ENOENT')) {
        return null;
      }
      throw error;
    }
  },
  rename: (from, to) => rename(from, to),
  async unlink(path) {
    try {
      await unlink(path);
    } catch (error) {
      if (!isCode(error, 'ENOENT')) {
        throw error;
      }
    }
  },
  link: (existing, newPath) => link(existing, newPath),
  async mkdir(path) {
    await mkdir(path, { recursive: true, mode: 0o700 });
  },
  readdir: (path) => readdir(path),
  async syncDir(path) {
    // Windows cannot open or fsync a directory; NTFS journals the rename itself.
    if (process.platform === 'win32') {
      return;
    }
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};
