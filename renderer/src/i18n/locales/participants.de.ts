/** Texts of the participants area (de). Keys must match the other language's file (a test checks). */
export const participantsDe = {};
