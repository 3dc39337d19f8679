/**
 * Stable error codes of peer sync. The UI translates the code; the message is for logs only and
 * never carries document data.
 */
export type SyncErrorCode =
  | 'sync.peer_not_paired'
  | 'sync.peer_unreachable'
  | 'sync.incompatible_version'
  | 'sync.identity_mismatch'
  | 'sync.device_id_invalid'
  | 'sync.already_paired'
  | 'sync.self_pairing'
  | 'sync.peer_removed'
  | 'sync.protocol_error'
  | 'sync.frame_too_large'
  | 'sync.rate_limited'
  | 'sync.invalid_message'
  | 'sync.unknown_collection'
  | 'sync.invalid_document'
  | 'sync.timeout'
  | 'sync.closed'
  | 'sync.not_started'
  | 'sync.identity_invalid'
  | 'sync.port_in_use'
  | 'sync.disabled'
  | 'sync.internal';

/** An error of the sync engine with a stable `code`. */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string = code,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/** Why a typed or pasted device ID was refused. */
export type DeviceIdProblem = 'length' | 'character' | 'check';

/** A device ID that does not parse: wrong length, a foreign character or a failed check character. */
export class InvalidDeviceIdError extends SyncError {
  constructor(
    readonly problem: DeviceIdProblem,
    /** 0-based group of 13 characters (plus its check character) holding the fault, when known. */
    readonly group: number | null = null,
  ) {
    super(
      'sync.device_id_invalid',
      `Invalid device ID (${problem}${group === null ? '' : ` in group ${group + 1}`})`,
    );
    this.name = 'InvalidDeviceIdError';
  }
}

/** The code of any thrown value: our own codes pass through, everything else is internal. */
export function syncErrorCode(error: unknown): SyncErrorCode {
  return error instanceof SyncError ? error.code : 'sync.internal';
}
