/** Channels of the pairing area (namespaces: pairing, exclusions). */
export const PAIRING_CHANNELS = [] as const;
