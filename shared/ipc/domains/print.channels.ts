import type { Channel } from '../channels';

/**
 * The only channels the hidden report window may call: its preload exposes nothing else
 * (least privilege: a print page never needs to restore backups or change sync). Also the
 * language for the page. A test checks that the print pages call only these.
 */
export const PRINT_CHANNELS = [
  'preferences:get',
  'reports:roundData',
  'reports:certificateData',
  'reports:personData',
] as const satisfies readonly Channel[];
