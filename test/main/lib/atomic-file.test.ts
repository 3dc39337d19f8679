import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { readFileIfExists, removeFileDurably, writeFileAtomic } from '../../../electron/main/lib/atomic-file';
import { makeTempDir, removeDir } from '../vault/vault-test-helpers';

let directory: string;

beforeEach(async () => {
  directory = await makeTempDir();
});

afterEach(async () => {
  await removeDir(directory);
});

describe('atomic file writes', () => {
  it('replaces the content and leaves only the target file', async () => {
    const path = join(directory, 'vault.json');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    await writeFileAtomic(path, [new Uint8Array([1, 2]), new Uint8Array([3])]);
    expect(await readFile(path)).toEqual(Buffer.from([1, 2, 3]));
    expect(await readdir(directory)).toEqual(['vault.json']);
  });

  it('removes its temporary file when the rename fails', async () => {
    const target = join(directory, 'occupied');
    // A non-empty directory at the target path makes the rename fail after the temporary file was written.
    await mkdir(join(target, 'child'), { recursive: true });
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect(await readdir(directory)).toEqual(['occupied']);
  });

  it('reads missing files as undefined and deletes missing files without complaint', async () => {
    expect(await readFileIfExists(join(directory, 'missing'))).toBeUndefined();
    await expect(removeFileDurably(join(directory, 'missing'))).resolves.toBeUndefined();
  });
});
