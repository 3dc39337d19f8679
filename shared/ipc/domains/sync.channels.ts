/** Channels of the sync area (namespaces: sync). */
export const SYNC_CHANNELS = [
  'sync:status',
  'sync:enable',
  'sync:disable',
  'sync:addPeer',
  'sync:removePeer',
  'sync:syncNow',
] as const;
