/** Texts of the reports area (de). Keys must match the other language's file (a test checks). */
export const reportsDe = {};
