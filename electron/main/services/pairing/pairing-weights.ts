import { DEFAULT_WEIGHTS, SCORE_PARTS } from '@shared/domain/pairing';
import type { ScoreWeights } from '@shared/domain/pairing';
import type { Repositories } from '../../db/repositories';
import { AppError } from '../../ipc/errors';

/** Id of the programme setting that holds HR's pairing weights. */
export const WEIGHTS_SETTING_ID = 'pairing-weights';

/** Highest weight HR can set; only ratios matter, so 100 per part is plenty. */
export const MAX_WEIGHT = 100;

/**
 * Checks a full set of weights: every part present, finite, 0…{@link MAX_WEIGHT}, and at least
 * one above 0 (otherwise every pair scores the same and the proposal says nothing).
 *
 * @throws AppError `pairing.invalid_weights` with the offending `part`.
 */
export function validateWeights(weights: Record<string, unknown>): ScoreWeights {
  const result = { ...DEFAULT_WEIGHTS };
  for (const part of SCORE_PARTS) {
    const value = weights[part];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_WEIGHT) {
      throw new AppError('pairing.invalid_weights', `Weight ${part} is not valid.`, { part });
    }
    result[part] = value;
  }
  if (SCORE_PARTS.every((part) => result[part] === 0)) {
    throw new AppError('pairing.weights_all_zero', 'At least one weight must be above 0.');
  }
  return result;
}

/** The programme's weights; defaults where nothing (or something unusable) is stored. */
export async function readWeights(repos: Repositories): Promise<ScoreWeights> {
  const stored = await repos.settings.get(WEIGHTS_SETTING_ID);
  if (!stored) {
    return { ...DEFAULT_WEIGHTS };
  }
  try {
    return validateWeights(stored.value);
  } catch {
    return { ...DEFAULT_WEIGHTS };
  }
}

/** Validates and stores the programme's weights. */
export async function writeWeights(
  repos: Repositories,
  weights: Record<string, unknown>,
): Promise<ScoreWeights> {
  const valid = validateWeights(weights);
  const existing = await repos.settings.get(WEIGHTS_SETTING_ID);
  if (existing) {
    await repos.settings.update(
      WEIGHTS_SETTING_ID,
      { value: valid },
      { action: 'pairing.weights_changed' },
    );
  } else {
    await repos.settings.insert(
      { id: WEIGHTS_SETTING_ID, value: valid },
      { action: 'pairing.weights_changed' },
    );
  }
  return valid;
}
