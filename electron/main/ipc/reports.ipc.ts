import type { REPORTS_CHANNELS } from '@shared/ipc/domains/reports.channels';
import type { HandlersForChannels } from '@shared/ipc/contract';
import type { ServiceContext } from '../services/service-context';

/** IPC handlers of the reports area. */
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- no channels yet; the area's feature adds them
export function createReportsHandlers(_context: ServiceContext): HandlersForChannels<typeof REPORTS_CHANNELS> {
  return {};
}
