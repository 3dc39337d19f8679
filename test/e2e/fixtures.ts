import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { openApp } from './harness/launch-app';
import type { AppHandle } from './harness/launch-app';
import { ShellPage } from './pages/shell.page';

type Fixtures = { app: AppHandle; shell: ShellPage; vault: 'none' | 'unlocked' };

/** Every test gets a fresh data directory and a fresh app; the directory is removed afterwards. */
export const test = base.extend<Fixtures>({
  vault: ['unlocked', { option: true }],
  app: async ({ browser, vault }, use) => {
    const dataDirectory = await mkdtemp(join(tmpdir(), 'tandem-e2e-'));
    const app = await openApp(browser, { dataDirectory, vault });
    await use(app);
    await app.close();
    await rm(dataDirectory, { recursive: true, force: true });
  },
  shell: async ({ app }, use) => {
    const shell = new ShellPage(app.page);
    await shell.waitUntilReady();
    await use(shell);
  },
});

export { expect } from '@playwright/test';
