/** Texts of the sync area (de). Keys must match the other language's file (a test checks). */
export const syncDe = {};
