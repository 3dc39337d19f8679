import type { PairingInputErrorCode } from './pairing.types';

/**
 * Thrown for input the engine refuses rather than guessing (duplicate ids, NaN
 * weights, a lock naming an unknown person, …). The UI prevents these, so
 * reaching one is a bug worth surfacing loudly.
 */
export class PairingInputError extends Error {
  readonly code: PairingInputErrorCode;
  readonly detail: Readonly<Record<string, string | number>>;

  constructor(code: PairingInputErrorCode, detail: Readonly<Record<string, string | number>> = {}) {
    super(`Invalid pairing input: ${code} ${JSON.stringify(detail)}`);
    this.name = 'PairingInputError';
    this.code = code;
    this.detail = detail;
  }
}
