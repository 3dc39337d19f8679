import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { App } from './App';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { readStyleNonce, theme } from './theme';

/** Providers: theme (with the CSP nonce), data cache, error boundary. */
export function Root() {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
      }),
  );
  const [nonce] = useState(() => readStyleNonce());
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="light"
      {...(nonce ? { getStyleNonce: () => nonce } : {})}
    >
      <QueryClientProvider client={queryClient}>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </QueryClientProvider>
    </MantineProvider>
  );
}
