import type { TFunction } from 'i18next';
import { ApiError } from './api';

/** The translated text for an error: `errors.<code>` with its params, or a generic message. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    const text = t(key, { ...error.params, defaultValue: '' });
    if (text) {
      return text;
    }
  }
  return t('errors.internal');
}
