import { Alert, Button, Group, Loader, Modal, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairingPerson } from '@shared/ipc/domains/pairing.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { JustificationField, justificationOk } from './JustificationField';
import { uiLanguage } from './pairing-text';
import { ViolationWarning } from './ViolationWarning';

type Props = {
  opened: boolean;
  roundId: string;
  mentors: readonly PairingPerson[];
  mentees: readonly PairingPerson[];
  onClose: () => void;
  onSubmit: (input: {
    mentorId: string;
    menteeId: string;
    justification?: string;
  }) => Promise<unknown>;
};

const option = (p: PairingPerson) => ({ value: p.id, label: `${p.name} · ${p.department}` });

/**
 * Pair two people by hand. As soon as both are chosen it shows whether the pair breaks a rule;
 * if so, it lists what it breaks and asks for a written justification before saving.
 */
export function ManualPairModal({ opened, roundId, mentors, mentees, onClose, onSubmit }: Props) {
  const { t, i18n } = useTranslation();
  const [mentorId, setMentorId] = useState<string | null>(null);
  const [menteeId, setMenteeId] = useState<string | null>(null);
  const [justification, setJustification] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const check = useQuery({
    queryKey: ['pairing', 'check', roundId, mentorId, menteeId],
    queryFn: () =>
      api.pairing.checkPair({ roundId, mentorId: mentorId ?? '', menteeId: menteeId ?? '' }),
    enabled: opened && mentorId !== null && menteeId !== null,
  });
  const violations = check.data?.violations ?? [];
  const needsJustification = violations.length > 0;

  const close = (): void => {
    setMentorId(null);
    setMenteeId(null);
    setJustification('');
    setTried(false);
    setError(null);
    onClose();
  };
  const submit = async (): Promise<void> => {
    setTried(true);
    if (
      mentorId === null ||
      menteeId === null ||
      !check.data ||
      !justificationOk(needsJustification, justification)
    ) {
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onSubmit({
        mentorId,
        menteeId,
        ...(needsJustification ? { justification: justification.trim() } : {}),
      });
      close();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('pairing.manual.title')} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('pairing.manual.hint')}
          </Text>
          <Group grow align="flex-start">
            <Select
              label={t('pairing.manual.mentor')}
              placeholder={t('pairing.manual.pick')}
              data={mentors.map(option)}
              value={mentorId}
              onChange={setMentorId}
              searchable
              required
              error={tried && mentorId === null ? t('pairing.manual.pick') : undefined}
            />
            <Select
              label={t('pairing.manual.mentee')}
              placeholder={t('pairing.manual.pick')}
              data={mentees.map(option)}
              value={menteeId}
              onChange={setMenteeId}
              searchable
              required
              error={tried && menteeId === null ? t('pairing.manual.pick') : undefined}
            />
          </Group>
          {check.isFetching ? <Loader size="sm" aria-label={t('pairing.proposing')} /> : null}
          {check.isError ? <ErrorAlert error={check.error} /> : null}
          {check.data && !check.isFetching ? (
            needsJustification ? (
              <>
                <ViolationWarning violations={violations} emailNames={check.data.emailNames} />
                <JustificationField
                  value={justification}
                  onChange={setJustification}
                  showError={tried}
                />
              </>
            ) : (
              <Alert color="teal" variant="light" role="status">
                {t('pairing.manual.fits', {
                  score: formatNumber(check.data.score.total, uiLanguage(i18n.language), 1),
                })}
              </Alert>
            )
          ) : null}
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('pairing.manual.cancel')}
            </Button>
            <Button
              type="submit"
              loading={saving}
              color={needsJustification ? 'orange' : undefined}
              disabled={!check.data}
            >
              {needsJustification ? t('pairing.manual.submitOverride') : t('pairing.manual.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
