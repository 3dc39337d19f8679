import { Center, Loader, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '@shared/domain/preferences/preferences.schema';
import { DatesLocaleProvider } from '../components/DatesLocaleProvider';
import { ErrorAlert } from '../components/ErrorAlert';
import { isPrintHash, PrintRoute } from '../features/reports/print/PrintRoute';
import { usePreferences } from '../features/settings/usePreferences';
import { VaultGate } from '../features/vault/VaultGate';
import { createI18n } from '../i18n/i18n';
import { Shell } from './Shell';

/** Loads the device preferences (language first), then shows the shell. */
export function App() {
  const { query } = usePreferences();
  const [i18n] = useState(() => createI18n('de'));
  const language: Language | undefined = query.data?.language;

  useEffect(() => {
    if (language) {
      void i18n.changeLanguage(language);
      document.documentElement.lang = language;
    }
  }, [i18n, language]);

  return (
    <I18nextProvider i18n={i18n}>
      <DatesLocaleProvider>
        {isPrintHash(window.location.hash) ? (
          // Report pages for the print engine: the document alone (main refuses its data while locked).
          <PrintRoute />
        ) : query.isError ? (
          <Center h="100%" p="xl">
            <Stack maw={480}>
              <ErrorAlert error={query.error} />
            </Stack>
          </Center>
        ) : query.data ? (
          <VaultGate>
            <Shell />
          </VaultGate>
        ) : (
          <Center h="100%">
            <Loader aria-label="…" />
          </Center>
        )}
      </DatesLocaleProvider>
    </I18nextProvider>
  );
}
