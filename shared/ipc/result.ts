/**
 * Stable error codes. Each has a translation under `errors.<code>` in both locales;
 * the English `message` only serves logs.
 */
export const ERROR_CODES = [
  'validation',
  'unknown_method',
  'forbidden_sender',
  'not_found',
  'conflict',
  'locked',
  'internal',
  'external_url_not_allowed',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number] | (string & {});

/** A problem with one field of the input, as zod reports it. */
export type FieldIssue = { path: (string | number)[]; code: string; message: string };

export type ApiErrorPayload = {
  code: ErrorCode;
  message: string;
  /** Values the translation may interpolate, e.g. `{ email: "…" }`. */
  params?: Record<string, string | number>;
  issues?: FieldIssue[];
};

/** The envelope every IPC call answers with; errors are values, never thrown across the bridge. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };
