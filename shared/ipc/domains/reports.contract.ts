import type { MethodSpec } from '../method';
import type { REPORTS_CHANNELS } from './reports.channels';

export const reportsContract = {} satisfies { [C in (typeof REPORTS_CHANNELS)[number]]: MethodSpec };
