import type { en } from './locales/en';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** The shape every locale must have: English defines the keys, others must match. */
export type Messages = DeepStrings<typeof en>;
