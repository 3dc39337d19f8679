/**
 * Stable codes of the rules the rounds domain enforces. The UI translates them
 * through the i18n key `errors.<code>` (see `renderer/src/i18n/locales/rounds.*.ts`);
 * the IPC layer passes `code` through unchanged.
 */
export type RoundsErrorCode =
  | 'round.closed'
  | 'round.invalidTransition'
  | 'tandem.endReasonRequired'
  | 'tandem.notActive'
  | 'tandem.wrongRound'
  | 'schedule.invalidPeriod'
  | 'schedule.invalidCount'
  | 'schedule.invalidCadence'
  | 'schedule.invalidTimeZone'
  | 'schedule.invalidTime'
  | 'schedule.invalidWeekday'
  | 'schedule.dateOutOfOrder'
  | 'schedule.tooManyMeetings'
  | 'schedule.dateOutsidePeriod';

/** Parameters for the message (numbers and ids only, never personal text). */
export type RoundsErrorDetail = Readonly<Record<string, string | number>>;

/**
 * A broken rule of rounds, tandems or the meeting schedule. Thrown by the pure
 * functions of `shared/domain/rounds`; the service layer lets it travel to the
 * UI as `{ code, detail }`.
 */
export class RoundsError extends Error {
  readonly code: RoundsErrorCode;
  readonly detail: RoundsErrorDetail;

  constructor(code: RoundsErrorCode, detail: RoundsErrorDetail = {}) {
    super(`${code} ${JSON.stringify(detail)}`);
    this.name = 'RoundsError';
    this.code = code;
    this.detail = detail;
  }
}

/** Type guard that also works across realms where `instanceof` would not. */
export const isRoundsError = (e: unknown): e is RoundsError =>
  e instanceof RoundsError || (e instanceof Error && e.name === 'RoundsError' && 'code' in e);
