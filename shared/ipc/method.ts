import { z } from 'zod';

/** A method of the contract: the zod schema main parses the input with, and the output type. */
export type MethodSpec = { input: z.ZodType; output: z.ZodType };

/** For methods without input. */
export const none = z.undefined();

/** Outputs are typed, not parsed (main produces them): `z.custom` carries the type only. */
export const out = z.custom;
