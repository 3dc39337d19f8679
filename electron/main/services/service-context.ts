import type { EventPayloads } from '@shared/ipc/contract';
import type { Repositories } from '../db/repositories';
import type { Dialogs } from '../lib/dialogs';
import type { Logger } from '../lib/logger';
import type { SessionService } from './session/session.service';

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
};
