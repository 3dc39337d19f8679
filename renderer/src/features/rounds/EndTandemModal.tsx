import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { END_REASONS } from '@shared/domain/rounds';
import type { EndReason } from '@shared/domain/rounds';
import type { TandemView } from '@shared/ipc/domains/rounds.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { todayIso } from './round-format';
import { useRoundsMutation } from './useRoundsData';
import { DateField } from '../../components/DateField';

/** Ends a tandem early: reason code (a note for "other"), end date; asks before it happens. */
export function EndTandemModal({
  tandem,
  onClose,
}: {
  tandem: TandemView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<EndReason | null>(null);
  const [note, setNote] = useState('');
  const [endedOn, setEndedOn] = useState(todayIso());
  const end = useRoundsMutation(
    (input: { tandemId: string; reason: EndReason; note?: string; endedOn: string }) =>
      api.tandems.endEarly(input),
    () => {
      setReason(null);
      setNote('');
      onClose();
    },
  );
  const missingNote = reason === 'other' && note.trim() === '';
  return (
    <Modal opened={tandem !== null} onClose={onClose} title={t('rounds.endTandem.title')}>
      {tandem === null ? null : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (reason !== null && !missingNote) {
              end.mutate({
                tandemId: tandem.id,
                reason,
                endedOn,
                ...(note.trim() === '' ? {} : { note: note.trim() }),
              });
            }
          }}
        >
          <Stack gap="sm">
            <Text>
              {t('rounds.endTandem.body', {
                mentor: tandem.mentor.name,
                mentee: tandem.mentee.name,
              })}
            </Text>
            <Select
              label={t('rounds.endTandem.reason')}
              withAsterisk
              data={END_REASONS.map((r) => ({ value: r, label: t(`endReason.${r}`) }))}
              value={reason}
              onChange={(v) => {
                setReason(v);
              }}
            />
            <Textarea
              label={t('rounds.endTandem.note')}
              description={t('rounds.endTandem.noteHint')}
              maxLength={300}
              value={note}
              onChange={(e) => {
                setNote(e.currentTarget.value);
              }}
              error={missingNote ? t('validation.tandem.endNoteRequired') : undefined}
            />
            <DateField
              label={t('rounds.endTandem.endedOn')}
              value={endedOn}
              onChange={(iso) => {
                if (iso !== null) {
                  setEndedOn(iso);
                }
              }}
            />
            {end.isError ? <ErrorAlert error={end.error} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('rounds.common.cancel')}
              </Button>
              <Button
                type="submit"
                color="orange"
                disabled={reason === null || missingNote}
                loading={end.isPending}
              >
                {t('rounds.endTandem.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
