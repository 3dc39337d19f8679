import { z } from 'zod';

export const LANGUAGES = ['de', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/**
 * Device preferences: not confidential, stored in plain JSON beside the encrypted store
 * because the unlock screen needs the language before any key exists.
 */
export const PreferencesSchema = z.object({
  language: LanguageSchema,
  /** Lock the vault after this many idle minutes; 0 disables auto-lock. */
  autoLockMinutes: z.number().int().min(0).max(240),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const PreferencesPatchSchema = PreferencesSchema.partial().strict();
export type PreferencesPatch = z.infer<typeof PreferencesPatchSchema>;

export const DEFAULT_PREFERENCES: Preferences = { language: 'de', autoLockMinutes: 10 };
