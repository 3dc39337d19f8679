import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyParticipantInput, type Participant, type ParticipantInput, type ParticipantInputValues, type ParticipantRole } from '@shared/domain/participants';
import type { TopicRecord } from '@shared/domain/topics';
import { api } from '../../lib/api';
import { ParticipantForm } from './ParticipantForm';
import { participantsKey } from './useParticipants';

export type FormTarget = { mode: 'create'; role: ParticipantRole } | { mode: 'edit'; id: string };

const toValues = (p: Participant): ParticipantInputValues => ({
  role: p.role,
  firstName: p.firstName,
  lastName: p.lastName,
  email: p.email,
  department: p.department,
  jobTitle: p.jobTitle,
  careerStage: p.careerStage,
  managerEmail: p.managerEmail ?? '',
  location: p.location,
  languages: p.languages,
  availability: p.availability,
  meetingFormat: p.meetingFormat,
  topics: p.topics,
  learnFromOther: p.learnFromOther,
  motivation: p.motivation,
  consents: p.consents,
  capacity: p.capacity,
});

/** The form in a modal that asks before throwing away unsaved changes. */
export function ParticipantFormModal({
  target,
  catalogue,
  language,
  onClose,
  onSaved,
  onOpenExisting,
}: {
  target: FormTarget;
  catalogue: readonly TopicRecord[];
  language: 'de' | 'en';
  onClose: () => void;
  onSaved: (id: string) => void;
  onOpenExisting: (id: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState<null | (() => void)>(null);
  const editId = target.mode === 'edit' ? target.id : null;
  const existing = useQuery({
    queryKey: [...participantsKey, 'detail', editId],
    queryFn: () => api.participants.get({ id: editId ?? '' }),
    enabled: editId !== null,
  });
  const save = useMutation({
    mutationFn: (value: ParticipantInput) =>
      editId === null ? api.participants.create(value) : api.participants.update({ id: editId, input: value }),
    onSuccess: async (saved) => {
      setDirty(false);
      await client.invalidateQueries({ queryKey: participantsKey });
      onSaved(saved.id);
    },
  });
  useEffect(() => {
    if (!dirty) {
      return undefined;
    }
    // Closing the window with unsaved changes asks too.
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [dirty]);
  const guarded = (action: () => void) => {
    if (dirty) {
      setAsking(() => action);
    } else {
      action();
    }
  };
  const onDirtyChange = useCallback((value: boolean) => {
    setDirty(value);
  }, []);
  const initial =
    target.mode === 'create' ? emptyParticipantInput(target.role) : existing.data ? toValues(existing.data.participant) : null;
  const role = target.mode === 'create' ? target.role : existing.data?.participant.role;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Modal
      opened
      size="xl"
      onClose={() => {
        guarded(onClose);
      }}
      title={t(target.mode === 'create' ? `participants.form.new.${role ?? 'mentor'}` : 'participants.form.editTitle')}
    >
      {initial ? (
        <ParticipantForm
          initial={initial}
          catalogue={catalogue}
          language={language}
          today={today}
          submitting={save.isPending}
          error={save.error}
          onSubmit={(value) => {
            save.mutate(value);
          }}
          onCancel={() => {
            guarded(onClose);
          }}
          onDirtyChange={onDirtyChange}
          onOpenExisting={(id) => {
            guarded(() => {
              onOpenExisting(id);
            });
          }}
        />
      ) : (
        <Text c="dimmed">{t('participants.loading')}</Text>
      )}
      <Modal opened={asking !== null} onClose={() => { setAsking(null); }} title={t('participants.form.discardTitle')} centered>
        <Stack>
          <Text size="sm">{t('participants.form.discardBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => { setAsking(null); }}>
              {t('participants.form.keepEditing')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                const action = asking;
                setAsking(null);
                setDirty(false);
                action?.();
              }}
            >
              {t('participants.form.discard')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Modal>
  );
}
