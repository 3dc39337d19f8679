import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ExportResult,
  Organizer,
  RoundSummary,
  TandemView,
} from '@shared/ipc/domains/rounds.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { languageOf } from './round-format';
import { ROUNDS_KEY, useRoundsMutation } from './useRoundsData';

/** Asks for HR's name and email (the organizer), then saves the .ics file where HR chooses. */
export function ExportIcsModal({
  request,
  round,
  onClose,
}: {
  request: { tandem?: TandemView } | null;
  round: RoundSummary;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const organizer = useQuery({
    queryKey: [ROUNDS_KEY, 'organizer'],
    queryFn: () => api.calendar.organizer(),
    enabled: request !== null,
  });
  return (
    <Modal
      opened={request !== null}
      onClose={onClose}
      title={
        request?.tandem === undefined ? t('rounds.ics.titleRound') : t('rounds.ics.titleTandem')
      }
    >
      {request === null || organizer.isPending ? null : (
        <ExportForm
          key={request.tandem?.id ?? 'round'}
          tandem={request.tandem}
          round={round}
          initial={organizer.data ?? null}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function ExportForm({
  tandem,
  round,
  initial,
  onClose,
}: {
  tandem: TandemView | undefined;
  round: RoundSummary;
  initial: Organizer | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [email, setEmail] = useState(initial?.email ?? '');
  const [result, setResult] = useState<ExportResult | undefined>(undefined);
  const exportIcs = useRoundsMutation(
    () =>
      api.calendar.exportIcs({
        roundId: round.id,
        organizer: { name, email },
        language: languageOf(i18n.language),
        ...(tandem === undefined ? {} : { tandemId: tandem.id }),
      }),
    setResult,
  );
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        exportIcs.mutate(undefined);
      }}
    >
      <Stack gap="sm">
        <Text size="sm">
          {tandem === undefined
            ? t('rounds.ics.bodyRound', { name: round.name })
            : t('rounds.ics.bodyTandem', {
                mentor: tandem.mentor.name,
                mentee: tandem.mentee.name,
              })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('rounds.ics.privacy')}
        </Text>
        <TextInput
          label={t('rounds.ics.organizerName')}
          withAsterisk
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
          }}
        />
        <TextInput
          type="email"
          label={t('rounds.ics.organizerEmail')}
          withAsterisk
          value={email}
          onChange={(e) => {
            setEmail(e.currentTarget.value);
          }}
        />
        {exportIcs.isError ? <ErrorAlert error={exportIcs.error} /> : null}
        {result === undefined ? null : result === null ? (
          <Text size="sm" c="dimmed">
            {t('rounds.ics.cancelled')}
          </Text>
        ) : (
          <Alert color="teal" data-testid="ics-saved">
            {t('rounds.ics.saved', { count: result.events, path: result.path })}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('rounds.common.close')}
          </Button>
          <Button
            type="submit"
            disabled={name.trim() === '' || email.trim() === ''}
            loading={exportIcs.isPending}
          >
            {t('rounds.ics.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
