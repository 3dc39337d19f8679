/** Channels of the participants area (namespaces: participants, topics, orgChart, import, export, privacy, sample). */
export const PARTICIPANTS_CHANNELS = [] as const;
