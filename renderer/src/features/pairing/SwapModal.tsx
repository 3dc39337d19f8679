import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { JustificationField, justificationOk } from './JustificationField';
import { ViolationWarning } from './ViolationWarning';

type Props = {
  pair: readonly [string, string] | null;
  onClose: () => void;
  onSubmit: (input: {
    tandemIdA: string;
    tandemIdB: string;
    justification?: string;
  }) => Promise<unknown>;
};

/** Confirms a swap of two tandems' mentors, warning (and asking why) if a new pair breaks a rule. */
export function SwapModal({ pair, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const [justification, setJustification] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const check = useQuery({
    queryKey: ['pairing', 'checkSwap', pair?.[0], pair?.[1]],
    queryFn: () =>
      api.pairing.checkSwap({ tandemIdA: pair?.[0] ?? '', tandemIdB: pair?.[1] ?? '' }),
    enabled: pair !== null,
  });
  const checks = check.data ?? [];
  const violations = checks.flatMap((c) => c.violations);
  const needed = violations.length > 0;
  const close = (): void => {
    setJustification('');
    setTried(false);
    setError(null);
    onClose();
  };
  const submit = async (): Promise<void> => {
    setTried(true);
    if (pair === null || !justificationOk(needed, justification)) {
      return;
    }
    setSaving(true);
    try {
      await onSubmit({
        tandemIdA: pair[0],
        tandemIdB: pair[1],
        ...(needed ? { justification: justification.trim() } : {}),
      });
      close();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  const [first, second] = checks;
  return (
    <Modal opened={pair !== null} onClose={close} title={t('pairing.swap.title')} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {check.isFetching ? <Loader size="sm" aria-label={t('pairing.proposing')} /> : null}
          {check.isError ? <ErrorAlert error={check.error} /> : null}
          {first && second ? (
            <Text size="sm">
              {t('pairing.swap.body', {
                first: t('pairing.swap.pair', {
                  mentor: first.mentor.name,
                  mentee: first.mentee.name,
                }),
                second: t('pairing.swap.pair', {
                  mentor: second.mentor.name,
                  mentee: second.mentee.name,
                }),
              })}
            </Text>
          ) : null}
          {first && !check.isFetching ? (
            needed ? (
              <>
                <ViolationWarning violations={violations} emailNames={first.emailNames} />
                <JustificationField
                  value={justification}
                  onChange={setJustification}
                  showError={tried}
                />
              </>
            ) : (
              <Alert color="teal" variant="light" role="status">
                {t('pairing.swap.ok')}
              </Alert>
            )
          ) : null}
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('pairing.cancel')}
            </Button>
            <Button
              type="submit"
              loading={saving}
              disabled={!check.data}
              color={needed ? 'orange' : undefined}
            >
              {t('pairing.swap.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
