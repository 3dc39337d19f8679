import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXCLUSION_REASON_MAX_LENGTH } from '@shared/ipc/domains/pairing.contract';
import type { PairingTandemView } from '@shared/ipc/domains/pairing.contract';
import { ErrorAlert } from '../../components/ErrorAlert';

type Props = {
  tandem: PairingTandemView | null;
  onClose: () => void;
  onSubmit: (input: { mentorId: string; menteeId: string; reason: string }) => Promise<unknown>;
};

/** Forbids the pair of a tandem for good, with a short reason. */
export function ExcludeModal({ tandem, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const close = (): void => {
    setReason('');
    setTried(false);
    setError(null);
    onClose();
  };
  return (
    <Modal opened={tandem !== null} onClose={close} title={t('pairing.exclude.title')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (!tandem || reason.trim() === '') {
            return;
          }
          setSaving(true);
          onSubmit({
            mentorId: tandem.mentor.id,
            menteeId: tandem.mentee.id,
            reason: reason.trim(),
          })
            .then(close)
            .catch(setError)
            .finally(() => {
              setSaving(false);
            });
        }}
      >
        <Stack gap="md">
          {tandem ? (
            <Text size="sm">
              {t('pairing.exclude.body', {
                mentor: tandem.mentor.name,
                mentee: tandem.mentee.name,
              })}
            </Text>
          ) : null}
          <TextInput
            label={t('pairing.exclude.reason')}
            description={t('pairing.exclude.reasonHint')}
            required
            maxLength={EXCLUSION_REASON_MAX_LENGTH}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
            }}
            error={tried && reason.trim() === '' ? t('pairing.exclude.reasonRequired') : undefined}
          />
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('pairing.cancel')}
            </Button>
            <Button type="submit" color="red" loading={saving}>
              {t('pairing.exclude.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
