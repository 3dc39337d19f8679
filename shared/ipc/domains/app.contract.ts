import { z } from 'zod';
import { PreferencesPatchSchema } from '../../domain/preferences/preferences.schema';
import type { Preferences } from '../../domain/preferences/preferences.schema';
import { none, out } from '../method';
import type { MethodSpec } from '../method';
import type { APP_CHANNELS } from './app.channels';

/** Information about the running app, shown in Settings and used for diagnostics. */
export type AppInfo = {
  name: string;
  version: string;
  /** 'electron' in the app, 'browser-harness' when the renderer runs in plain Chromium for tests. */
  host: 'electron' | 'browser-harness';
  platform: string;
  dataDirectory: string;
};

export const appContract = {
  'app:info': { input: none, output: out<AppInfo>() },
  'preferences:get': { input: none, output: out<Preferences>() },
  'preferences:update': { input: PreferencesPatchSchema, output: out<Preferences>() },
  'shell:openExternal': { input: z.object({ url: z.string().max(2048) }).strict(), output: out<null>() },
} satisfies { [C in (typeof APP_CHANNELS)[number]]: MethodSpec };
