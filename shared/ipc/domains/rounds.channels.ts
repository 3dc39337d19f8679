/** Channels of the rounds area (namespaces: rounds, tandems, meetings, feedback, calendar). */
export const ROUNDS_CHANNELS = [] as const;
