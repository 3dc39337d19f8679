/**
 * File-level import failures. The i18n key of each is `intake.errors.<code>`; the UI
 * shows it instead of the file contents. Row-level problems never throw: they are
 * collected in the import plan.
 */
export const INTAKE_ERROR_CODES = [
  'file_empty',
  'file_too_large',
  'file_type_unsupported',
  'file_content_mismatch',
  'xls_not_supported',
  'binary_content',
  'archive_too_large',
  'archive_invalid',
  'too_many_rows',
  'too_many_columns',
  'no_header',
  'sheet_not_found',
  'read_timeout',
] as const;
export type IntakeErrorCode = (typeof INTAKE_ERROR_CODES)[number];

/** Thrown by the readers; `params` fill placeholders such as `{{limit}}` in the message. */
export class IntakeError extends Error {
  constructor(
    readonly code: IntakeErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`intake.errors.${code}`);
    this.name = 'IntakeError';
  }

  /** The i18n key to show. */
  get i18nKey(): string {
    return `intake.errors.${this.code}`;
  }
}

/** Bounds that keep a hostile file from freezing main; defaults suit HR spreadsheets. */
export type IntakeLimits = {
  /** Bytes of the file as uploaded. */
  maxFileBytes: number;
  /** Data rows after the header. */
  maxRows: number;
  maxColumns: number;
  /** Total uncompressed bytes of an .xlsx archive (zip bomb guard). */
  maxUncompressedBytes: number;
  maxArchiveEntries: number;
  /** Wall-clock bound for reading one .xlsx. */
  timeoutMs: number;
};

export const DEFAULT_INTAKE_LIMITS: IntakeLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxRows: 100_000,
  maxColumns: 200,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxArchiveEntries: 2_000,
  timeoutMs: 30_000,
};
