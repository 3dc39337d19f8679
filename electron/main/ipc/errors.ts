import type { ApiErrorPayload, ErrorCode } from '@shared/ipc/result';

/**
 * An error a service throws on purpose: its code is translated in the UI, its params are
 * interpolated. Anything else that escapes a handler becomes a generic `internal` error,
 * so no stack trace or file path ever reaches the renderer.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number> | undefined;

  constructor(code: ErrorCode, message: string, params?: Record<string, string | number>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }

  toPayload(): ApiErrorPayload {
    return this.params
      ? { code: this.code, message: this.message, params: this.params }
      : { code: this.code, message: this.message };
  }
}

/** Errors from other layers that carry their own stable `code` (the vault's, the store's). */
export function hasStableCode(error: unknown): error is Error & { code: string } {
  if (!(error instanceof Error)) {
    return false;
  }
  const code: unknown = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[a-z]+(\.[a-zA-Z_]+)+$/.test(code);
}

/** Flat, primitive details a domain error carries (`params` or `detail`), for the translation. */
export function errorParams(error: Error): Record<string, string | number> | undefined {
  const source: unknown = (error as { params?: unknown }).params ?? (error as { detail?: unknown }).detail;
  if (!source || typeof source !== 'object') {
    return undefined;
  }
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'string' || typeof value === 'number') {
      params[key] = value;
    }
  }
  return Object.keys(params).length > 0 ? params : undefined;
}
