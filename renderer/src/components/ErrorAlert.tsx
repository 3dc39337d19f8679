import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors';

/** Shows any failure as a translated, human message. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('errors.title')} role="alert">
      {errorMessage(error, t)}
    </Alert>
  );
}
