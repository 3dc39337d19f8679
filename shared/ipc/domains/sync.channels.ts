/** Channels of the sync area (namespaces: sync). */
export const SYNC_CHANNELS = [] as const;
