/**
 * Spreadsheet formula injection guard (CSV/xlsx export, OWASP "CSV injection").
 * A cell starting with one of these is run as a formula by Excel or LibreOffice.
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

// Leading apostrophes followed by a trigger. Apostrophes count too, so a value that
// itself starts with `'=` also gets one more `'` and round-trips exactly.
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * Makes a cell safe to open in a spreadsheet: prefixes one `'` when the value would
 * start a formula. Pure; the exported cell never starts with a trigger, and
 * {@link restoreCell} gives back exactly the original string.
 */
export const neutraliseCell = (value: string): string =>
  NEEDS_GUARD.test(value) ? `'${value}` : value;

/**
 * Undoes {@link neutraliseCell} on import: strips exactly one leading `'` and only
 * where the rest starts (after further apostrophes) with a trigger, so `'abc` stays
 * `'abc` and `'=1+1` becomes the text `=1+1`, never a formula.
 */
export const restoreCell = (value: string): string =>
  GUARDED.test(value) ? value.slice(1) : value;
