import type { EventPayloads } from '@shared/ipc/contract';
import type { Repositories } from '../db/repositories';
import type { Dialogs } from '../lib/dialogs';
import type { Logger } from '../lib/logger';
import type { SessionService } from './session/session.service';

/**
 * Turns an app route (e.g. `#/print/round/r1`) into a PDF or sends it to the system print
 * dialog. In the app: a hidden, hardened window with Chromium's print engine; in end-to-end
 * tests: Playwright's `page.pdf()`; absent in plain unit tests.
 */
export type ReportPrinter = {
  toPdf(route: string, options: { landscape?: boolean }): Promise<Uint8Array>;
  print(route: string): Promise<void>;
};

/**
 * What every domain's handlers and services get: the session (and through it the open
 * database's repositories), the clock, file dialogs, events to the renderer, the logger.
 */
export type ServiceContext = {
  session: SessionService;
  /** Repositories over the open database; throws AppError('locked') while locked. */
  repos(): Repositories;
  now: () => Date;
  deviceId: string;
  dialogs: Dialogs;
  logger: Logger;
  /** Reports progress of a slow task (import, report, sync) to the renderer. */
  progress(task: string, done: number, total: number): void;
  emit<E extends keyof EventPayloads>(event: E, payload: EventPayloads[E]): void;
  /** Where the app's built renderer lives (reports render its pages); undefined in unit tests. */
  rendererDirectory?: string;
  /** Renders report routes to PDF or paper; undefined where no renderer is available. */
  printer?: ReportPrinter;
};
