import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { buildApi } from '../../../shared/ipc/build-api';
import { CHANNELS, EVENTS } from '../../../shared/ipc/channels';
import type { EventName } from '../../../shared/ipc/channels';
import type { EventPayloads } from '../../../shared/ipc/contract';
import { createCore } from '../../../electron/main/core';
import type { Core } from '../../../electron/main/core';
import { createScriptedDialogs } from '../../../electron/main/lib/dialogs';
import { createMemoryLogger } from '../../../electron/main/lib/logger';
import { serveAppFile } from '../../../electron/main/windows/app-protocol';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';
import { createPdfPrinter } from './pdf-printer';
import type { HarnessPrinter } from './pdf-printer';

/** The fake origin the built renderer is served at (request routing; no port, no server). */
export const HARNESS_ORIGIN = 'https://tandem.test';
const RENDERER_DIRECTORY = resolve(__dirname, '../../../out/renderer');

export type AppHandle = {
  page: Page;
  context: BrowserContext;
  core: Core;
  dataDirectory: string;
  /** URLs passed to `shell.openExternal`, in order. */
  openedExternally: string[];
  /** File dialogs answered from queues: push a path before the UI asks. Empty = cancelled. */
  dialogs: ReturnType<typeof createScriptedDialogs>;
  /** Renders report routes with `page.pdf()`; `printer.printed` records "Print…" requests. */
  printer: HarnessPrinter;
  /** Pushes an event from "main" to the page, as `webContents.send` would. */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): Promise<void>;
  close(): Promise<void>;
};

/** The passphrase of vaults the harness creates for tests that start unlocked. */
export const TEST_PASSPHRASE = 'correct horse battery staple';

export type OpenAppOptions = {
  dataDirectory?: string;
  hash?: string;
  /** 'unlocked' (default) creates a vault before the page loads; 'none' starts at first-run setup. */
  vault?: 'none' | 'unlocked';
};

/**
 * Opens the built renderer in a new context of `browser`, with the real main-process core
 * running in this Node process and exposed as `window.api`, in the same shape the preload gives.
 */
export async function openApp(browser: Browser, options: OpenAppOptions = {}): Promise<AppHandle> {
  const dataDirectory = options.dataDirectory ?? (await mkdtemp(join(tmpdir(), 'tandem-e2e-')));
  const openedExternally: string[] = [];
  const dialogs = createScriptedDialogs();
  // The page exists only after the core; events emitted before it are dropped.
  const target: { page?: Page; context?: BrowserContext } = {};
  // Reports print in a second page of the same context, which exists only after the core.
  const printer = createPdfPrinter(HARNESS_ORIGIN, () => target.context);
  const emit = async (event: string, payload: unknown): Promise<void> => {
    await target.page?.evaluate(
      ([e, p]) => {
        (window as unknown as { __tandemEmit: (e: string, p: unknown) => void }).__tandemEmit(e, p);
      },
      [event, payload] as const,
    );
  };
  const core = await createCore({
    dataDirectory,
    host: 'browser-harness',
    version: '0.0.0-e2e',
    trustedOrigin: { protocol: 'https:', host: new URL(HARNESS_ORIGIN).host },
    logger: createMemoryLogger(),
    openExternal: (url) => {
      openedExternally.push(url);
      return Promise.resolve();
    },
    emit: (event, payload) => {
      void emit(event, payload).catch(() => undefined);
    },
    dialogs,
    printer,
  });
  if ((options.vault ?? 'unlocked') === 'unlocked' && (await core.handlers['vault:status'](undefined)).state === 'no_vault') {
    await core.handlers['vault:create']({ passphrase: TEST_PASSPHRASE });
  }
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 820 } });
  target.context = context;
  // Nothing leaves the machine: only the app's own origin is answered.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${HARNESS_ORIGIN}/`)) {
      await route.abort('blockedbyclient');
      return;
    }
    const file = await serveAppFile(RENDERER_DIRECTORY, url);
    await route.fulfill({ status: file.status, headers: file.headers, body: file.body });
  });
  await context.exposeBinding('__tandemInvoke', ({ frame }, channel: unknown, input: unknown) =>
    core.dispatch(channel, input, frame.url()),
  );
  await context.addInitScript({
    // \`__name\` shim: tsx/esbuild may wrap functions in \`__name(fn, "x")\` when transpiling, and
    // that helper does not exist inside the page.
    content: `(() => {
      const __name = (target) => target;
      const listeners = new Map();
      window.__tandemEmit = (event, payload) => { for (const l of listeners.get(event) ?? []) l(payload); };
      const subscribe = (event, listener) => {
        const set = listeners.get(event) ?? new Set();
        listeners.set(event, set);
        set.add(listener);
        return () => set.delete(listener);
      };
      const invoke = (channel, input) => window.__tandemInvoke(channel, input);
      const api = (${buildApi.toString()})(${JSON.stringify(CHANNELS)}, ${JSON.stringify(EVENTS)}, invoke, subscribe);
      Object.defineProperty(window, 'api', { value: api, writable: false, configurable: false });
    })();`,
  });
  const page = await context.newPage();
  target.page = page;
  await page.goto(`${HARNESS_ORIGIN}/index.html${options.hash ?? ''}`);
  return {
    page,
    context,
    core,
    dataDirectory,
    openedExternally,
    dialogs,
    printer,
    emit,
    close: async () => {
      await context.close();
      await core.close();
    },
  };
}

/** For plain scripts: starts Debian's Chromium, then `openApp`. Closing also closes the browser. */
export async function launchApp(options: OpenAppOptions & { headless?: boolean } = {}): Promise<AppHandle & { browser: Browser }> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
    headless: options.headless ?? true,
  });
  const handle = await openApp(browser, options);
  return {
    ...handle,
    browser,
    close: async () => {
      await handle.close();
      await browser.close();
    },
  };
}
