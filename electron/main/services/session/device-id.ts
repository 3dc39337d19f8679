import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../lib/atomic-file';

/** A stable, non-secret id for this installation, used in the audit log. */
export async function loadDeviceId(dataDirectory: string): Promise<string> {
  const file = join(dataDirectory, 'device.json');
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { deviceId?: unknown };
    if (typeof parsed.deviceId === 'string' && /^[0-9a-f-]{36}$/.test(parsed.deviceId)) {
      return parsed.deviceId;
    }
  } catch {
    // First start, or a damaged file: a new id is right.
  }
  const deviceId = randomUUID();
  await writeFileAtomic(file, `${JSON.stringify({ deviceId })}\n`);
  return deviceId;
}
