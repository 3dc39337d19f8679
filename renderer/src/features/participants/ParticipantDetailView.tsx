import { Alert, Badge, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconEdit, IconTrash, IconUserOff, IconUserCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { topicName, type TopicRecord } from '@shared/domain/topics';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { participantsKey } from './useParticipants';

/** One person: their data, reporting chain, and actions (edit, withdraw, data export, erase). */
export function ParticipantDetailView({
  id,
  catalogue,
  language,
  onEdit,
  onErased,
}: {
  id: string;
  catalogue: readonly TopicRecord[];
  language: 'de' | 'en';
  onEdit: () => void;
  onErased: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [confirmErase, setConfirmErase] = useState(false);
  const detail = useQuery({ queryKey: [...participantsKey, 'detail', id], queryFn: () => api.participants.get({ id }) });
  const refresh = () => client.invalidateQueries({ queryKey: participantsKey });
  const status = useMutation({
    mutationFn: (next: 'active' | 'withdrawn') => api.participants.setStatus({ id, status: next }),
    onSuccess: refresh,
  });
  const exportData = useMutation({ mutationFn: () => api.privacy.exportPerson({ id }) });
  const erase = useMutation({
    mutationFn: () => api.privacy.erasePerson({ id }),
    onSuccess: async () => {
      setConfirmErase(false);
      await refresh();
      onErased();
    },
  });
  if (detail.isError) {
    return <ErrorAlert error={detail.error} />;
  }
  const data = detail.data;
  if (!data) {
    return <Text c="dimmed">{t('participants.loading')}</Text>;
  }
  const p = data.participant;
  const row = (label: string, value: string) => (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={190}>
        {label}
      </Text>
      <Text size="sm" style={{ flex: 1 }}>
        {value || '–'}
      </Text>
    </Group>
  );
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={3}>
          {p.firstName} {p.lastName}
        </Title>
        <Group gap={6}>
          <Badge variant="light">{t(`participant.role.${p.role}`)}</Badge>
          <Badge variant="light" color={p.status === 'active' ? 'teal' : 'gray'}>
            {t(`participant.status.${p.status}`)}
          </Badge>
        </Group>
      </Group>
      {[status.error, exportData.error, erase.error].map((e, i) => (e ? <ErrorAlert key={i} error={e} /> : null))}
      {exportData.data ? (
        <Alert color="teal" role="status">
          {t('participants.privacy.exported', { path: exportData.data.path })}
        </Alert>
      ) : null}
      <Stack gap={4}>
        {row(t('intake.fields.email'), p.email)}
        {row(t('intake.fields.department'), p.department)}
        {row(t('intake.fields.jobTitle'), p.jobTitle)}
        {row(t('intake.fields.careerStage'), t(`participant.careerStage.${p.careerStage}`))}
        {row(t('intake.fields.location'), p.location)}
        {row(t('intake.fields.languages'), p.languages.join(', '))}
        {row(t('intake.fields.meetingFormat'), t(`participant.meetingFormat.${p.meetingFormat}`))}
        {row(t('intake.fields.topics'), p.topics.map((r) => `${topicName(catalogue, r.topicId, language)} (${String(r.level)})`).join(', '))}
        {row(t('intake.fields.learnFromOther'), p.learnFromOther.map((x) => topicName(catalogue, x, language)).join(', '))}
        {row(t('participants.detail.rounds'), data.rounds.map((r) => r.name).join(', '))}
        {(['voluntary', 'confidentiality', 'dataProcessing'] as const).map((kind) =>
          row(
            t(`participant.consent.${kind}`),
            p.consents[kind].given && p.consents[kind].date ? t('participants.detail.consentGiven', { date: formatDate(p.consents[kind].date, language) }) : t('participants.detail.consentMissing'),
          ),
        )}
      </Stack>
      <Stack gap={4}>
        <Text fw={500} size="sm">
          {t('participants.detail.chain')}
        </Text>
        {data.reportingChain.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('participants.detail.chainEmpty')}
          </Text>
        ) : (
          <Text size="sm" data-testid="reporting-chain">
            {[`${p.firstName} ${p.lastName}`, ...data.reportingChain.map((l) => l.name ?? l.email)].join(' → ')}
          </Text>
        )}
        {data.chainHasCycle ? (
          <Text size="xs" c="orange">
            {t('participants.detail.chainCycle')}
          </Text>
        ) : null}
      </Stack>
      <Group gap="xs">
        <Button leftSection={<IconEdit size={16} />} onClick={onEdit}>
          {t('participants.actions.edit')}
        </Button>
        {p.status === 'active' ? (
          <Button variant="default" leftSection={<IconUserOff size={16} />} loading={status.isPending} onClick={() => { status.mutate('withdrawn'); }}>
            {t('participants.actions.withdraw')}
          </Button>
        ) : (
          <Button variant="default" leftSection={<IconUserCheck size={16} />} loading={status.isPending} onClick={() => { status.mutate('active'); }}>
            {t('participants.actions.reactivate')}
          </Button>
        )}
        <Button variant="default" leftSection={<IconDownload size={16} />} loading={exportData.isPending} onClick={() => { exportData.mutate(); }}>
          {t('participants.actions.exportData')}
        </Button>
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => { setConfirmErase(true); }}>
          {t('participants.actions.erase')}
        </Button>
      </Group>
      <Modal opened={confirmErase} onClose={() => { setConfirmErase(false); }} title={t('participants.privacy.eraseTitle')} centered>
        <Stack>
          <Text size="sm">{t('participants.privacy.eraseBody', { name: `${p.firstName} ${p.lastName}` })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => { setConfirmErase(false); }}>
              {t('participants.actions.cancel')}
            </Button>
            <Button color="red" loading={erase.isPending} onClick={() => { erase.mutate(); }}>
              {t('participants.privacy.eraseConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
