/** Channels of the reports area (namespaces: reports). */
export const REPORTS_CHANNELS = [] as const;
