import type { AppInfo, HandlersFor } from '@shared/ipc/contract';
import type { PreferencesService } from '../services/preferences/preferences.service';
import { isAllowedExternalUrl } from '../services/shell/external-links';
import { AppError } from './errors';

export function createAppHandlers(info: AppInfo): HandlersFor<'app'> {
  return {
    'app:info': () => Promise.resolve(info),
  };
}

export function createPreferencesHandlers(preferences: PreferencesService): HandlersFor<'preferences'> {
  return {
    'preferences:get': () => preferences.get(),
    'preferences:update': (patch) => preferences.update(patch),
  };
}

export function createShellHandlers(openExternal: (url: string) => Promise<void>): HandlersFor<'shell'> {
  return {
    'shell:openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) {
        throw new AppError('external_url_not_allowed', 'This link cannot be opened.');
      }
      await openExternal(url);
      return null;
    },
  };
}
