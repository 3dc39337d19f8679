import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Crash-safe file replacement: after a crash the path holds either the old
 * or the new content, never a mix and never nothing.
 */

function isErrnoError(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

/**
 * fsyncs a directory so a rename or unlink in it survives power loss. Windows
 * cannot open directories for syncing and NTFS journals the rename, so it is skipped there.
 */
export async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') {
    return;
  }
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `data` to a temporary file beside `path` (owner-only permissions),
 * fsyncs it, renames it over `path` and fsyncs the directory. An iterable is
 * written piece by piece, so a large backup is never held twice in memory.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<Uint8Array>): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true });
  const temporary = join(directory, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) {
        await handle.writeFile(data);
      } else {
        for (const piece of data) {
          // writeFile on a handle continues at the current position and retries short writes.
          await handle.writeFile(piece);
        }
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
}

/** Deletes a file durably; a file that is already gone is fine. */
export async function removeFileDurably(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if (isErrnoError(error, 'ENOENT')) {
      return;
    }
    throw error;
  }
  await syncDirectory(dirname(path));
}

/** Reads a whole file, or `undefined` if it does not exist. */
export async function readFileIfExists(path: string): Promise<Buffer | undefined> {
  try {
    const handle = await open(path, 'r');
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (isErrnoError(error, 'ENOENT')) {
      return undefined;
    }
    throw error;
  }
}
