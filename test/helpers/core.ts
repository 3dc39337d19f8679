import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventName } from '@shared/ipc/channels';
import { createCore } from '../../electron/main/core';
import type { Core, CoreOptions } from '../../electron/main/core';
import { createScriptedDialogs } from '../../electron/main/lib/dialogs';
import { createMemoryLogger } from '../../electron/main/lib/logger';

export type TestCore = Core & {
  dataDirectory: string;
  dialogs: ReturnType<typeof createScriptedDialogs>;
  events: { event: EventName; payload: unknown }[];
  opened: string[];
  clock: { now: Date; advanceMinutes(minutes: number): void };
  dispose(): Promise<void>;
};

/** A real core over a fresh temp directory, with scripted dialogs, a movable clock and recorded events. */
export async function makeTestCore(overrides: Partial<CoreOptions> = {}): Promise<TestCore> {
  const dataDirectory = overrides.dataDirectory ?? (await mkdtemp(join(tmpdir(), 'tandem-core-')));
  const dialogs = createScriptedDialogs();
  const events: TestCore['events'] = [];
  const opened: string[] = [];
  const clock = {
    now: new Date('2026-11-28T09:00:00Z'),
    advanceMinutes(minutes: number) {
      clock.now = new Date(clock.now.getTime() + minutes * 60_000);
    },
  };
  const core = await createCore({
    dataDirectory,
    host: 'electron',
    version: 'test',
    trustedOrigin: { protocol: 'app:', host: 'tandem' },
    logger: createMemoryLogger(),
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    emit: (event, payload) => {
      events.push({ event, payload });
    },
    dialogs,
    now: () => clock.now,
    idleCheckIntervalMs: 0,
    ...overrides,
  });
  return {
    ...core,
    dataDirectory,
    dialogs,
    events,
    opened,
    clock,
    async dispose() {
      await core.close();
      await rm(dataDirectory, { recursive: true, force: true });
    },
  };
}
