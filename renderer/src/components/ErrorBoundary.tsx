import { Alert, Button, Center, Stack } from '@mantine/core';
import { Component } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Fallback() {
  const { t } = useTranslation();
  return (
    <Center h="100%" p="xl">
      <Stack maw={480}>
        <Alert color="red" title={t('errors.title')} role="alert">
          {t('errors.unexpected')}
        </Alert>
        <Button
          onClick={() => {
            window.location.reload();
          }}
        >
          {t('errors.reload')}
        </Button>
      </Stack>
    </Center>
  );
}

/** Catches render errors so the user sees a calm message, never a stack trace. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <Fallback /> : this.props.children;
  }
}
