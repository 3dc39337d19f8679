import { assertRoundEditable, isRoundsError } from '@shared/domain/rounds';
import type { Round } from '@shared/domain/rounds';
import type { PersonRef } from '@shared/ipc/domains/rounds.contract';
import type { Repositories } from '../../db/repositories';
import type { Stored } from '../../db/repositories/document.repository';
import { AppError } from '../../ipc/errors';

/** A stored round with the extra fields the service keeps next to the domain record. */
export type StoredRound = Stored<Round> & { createdAt?: string; closedAt?: string };

/**
 * Domain errors (`RoundsError`, `PairingInputError`, `IcsExportError`) carry camelCase codes and
 * parameters the dispatcher would drop; as AppErrors they reach the UI with both, translated as
 * `errors.<code>`.
 */
export function toAppError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Error)) {
    return error;
  }
  const { code, detail } = error as Error & { code?: unknown; detail?: unknown };
  if (isRoundsError(error) || (typeof code === 'string' && /^[a-z]+\.[A-Za-z_.]+$/.test(code))) {
    const params =
      typeof detail === 'object' && detail !== null
        ? (detail as Record<string, string | number>)
        : undefined;
    return new AppError(code as string, error.message, params);
  }
  return error;
}

/** Runs a service call and translates domain errors for the IPC boundary. */
export async function translated<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toAppError(error);
  }
}

/** The round, or AppError('not_found'). */
export async function loadRound(repos: Repositories, roundId: string): Promise<StoredRound> {
  return await repos.rounds.require(roundId);
}

/**
 * The round, after checking it may still change. Every write of the rounds area goes through
 * this (or through a lifecycle function that calls `assertRoundEditable`), so a closed round
 * cannot be changed over IPC however the call is made.
 */
export async function loadEditableRound(
  repos: Repositories,
  roundId: string,
): Promise<StoredRound> {
  const round = await loadRound(repos, roundId);
  assertRoundEditable(round);
  return round;
}

/** `YYYY-MM-DD` of an instant in a time zone (HR's "today"). */
export function dayIn(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Name, email and role of every participant, by id; unknown ids (erased people) get a placeholder. */
export async function peopleById(
  repos: Repositories,
  ids?: Iterable<string>,
): Promise<Map<string, PersonRef>> {
  const wanted = ids === undefined ? undefined : [...new Set(ids)];
  const docs =
    wanted === undefined
      ? await repos.participants.find()
      : await repos.participants.find({ id: { $in: wanted } });
  const map = new Map<string, PersonRef>();
  for (const p of docs) {
    map.set(p.id, { id: p.id, name: `${p.firstName} ${p.lastName}`, email: p.email, role: p.role });
  }
  for (const id of wanted ?? []) {
    if (!map.has(id)) {
      map.set(id, { id, name: '—', email: '', role: 'mentee' });
    }
  }
  return map;
}

/** A person by id from a map built by {@link peopleById}. */
export function personOf(people: ReadonlyMap<string, PersonRef>, id: string): PersonRef {
  return people.get(id) ?? { id, name: '—', email: '', role: 'mentee' };
}
