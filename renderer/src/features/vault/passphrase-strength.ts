import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

let factory: Promise<ZxcvbnFactory> | undefined;

/** Loads the estimator and its dictionary on first use, so start-up stays fast. */
function load(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary },
        graphs: common.adjacencyGraphs,
      }),
  );
  return factory;
}

/** Strength from 0 (very weak) to 4 (strong), judged like a password cracker would. */
export async function passphraseScore(passphrase: string): Promise<0 | 1 | 2 | 3 | 4> {
  if (passphrase.length === 0) {
    return 0;
  }
  const zxcvbn = await load();
  const result = await zxcvbn.checkAsync(passphrase.slice(0, 256));
  return result.score;
}

/** The weakest score we accept for a new passphrase. */
export const MIN_ACCEPTED_SCORE = 2;
