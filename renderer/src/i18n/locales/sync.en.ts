/** Texts of the sync area (en). Keys must match the other language's file (a test checks). */
export const syncEn = {};
