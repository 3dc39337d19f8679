/** Texts of the reports area (en). Keys must match the other language's file (a test checks). */
export const reportsEn = {};
