import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '@shared/domain/preferences/preferences.schema';
import { createI18n } from '../../renderer/src/i18n/i18n';
import { theme } from '../../renderer/src/app/theme';
import { DatesLocaleProvider } from '../../renderer/src/components/DatesLocaleProvider';

/** Renders a component with the app's providers, in the given language. */
export function renderWithProviders(ui: ReactElement, language: Language = 'de') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={client}>
        <I18nextProvider i18n={createI18n(language)}>
          <DatesLocaleProvider>{ui}</DatesLocaleProvider>
        </I18nextProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}
