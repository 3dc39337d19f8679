import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconFilterOff, IconFlask, IconUsers } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDraftView } from '@shared/ipc/domains/participants.types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { ImportWizard } from './ImportWizard';
import { ParticipantDetailView } from './ParticipantDetailView';
import { ParticipantFormModal, type FormTarget } from './ParticipantFormModal';
import { ParticipantsTable } from './ParticipantsTable';
import { ParticipantsFilters } from './ParticipantsFilters';
import { ParticipantsToolbar } from './ParticipantsToolbar';
import { buildSearchIndex, departmentsOf, EMPTY_FILTER, filterParticipants, type ParticipantFilter, type SortKey } from './participant-filter';
import { TopicCatalogueDrawer } from './TopicCatalogueDrawer';
import { participantsKey, useParticipants, useTopics } from './useParticipants';

/** Participants: list with search and filters, form, import/export, data rights, sample data. */
export function ParticipantsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const client = useQueryClient();
  const list = useParticipants();
  const topics = useTopics();
  const [filter, setFilter] = useState<ParticipantFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<SortKey>('name');
  const [form, setForm] = useState<FormTarget | null>(null);
  const [detailId, setDetailId] = useState<string | null>(null);
  const [draft, setDraft] = useState<ImportDraftView | null>(null);
  const [topicsOpen, setTopicsOpen] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: participantsKey });
  const openImport = useMutation({ mutationFn: () => api.import.open(), onSuccess: (value) => { setDraft(value); } });
  const orgChart = useMutation({ mutationFn: () => api.import.orgChart(), onSuccess: refresh });
  const exportFile = useMutation({ mutationFn: (format: 'csv' | 'xlsx') => api.export.participants({ format, language }) });
  const sampleCreate = useMutation({ mutationFn: () => api.sample.create(), onSuccess: refresh });
  const sampleRemove = useMutation({ mutationFn: () => api.sample.remove(), onSuccess: refresh });

  const rows = useMemo(() => list.data?.rows ?? [], [list.data]);
  const index = useMemo(() => buildSearchIndex(rows), [rows]);
  const deferred = useDeferredValue(filter);
  const visible = useMemo(() => filterParticipants(rows, deferred, sort, index), [rows, deferred, sort, index]);
  const departments = useMemo(() => departmentsOf(rows), [rows]);
  const sampleCount = rows.filter((r) => r.sample).length;
  const catalogue = topics.data ?? [];
  const n = (value: number) => formatNumber(value, language);
  const filtered = filter.search !== '' || filter.role !== null || filter.department !== null || filter.status !== null || filter.roundId !== null;
  const set = (patch: Partial<ParticipantFilter>) => { setFilter({ ...filter, ...patch }); };

  const failures = [list.error, topics.error, openImport.error, orgChart.error, exportFile.error, sampleCreate.error, sampleRemove.error].filter(Boolean);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" wrap="nowrap">
        <Title order={1} size="h2">
          {t('participants.title')}
        </Title>
        <ParticipantsToolbar
          importing={openImport.isPending}
          onAdd={(role) => { setForm({ mode: 'create', role }); }}
          onImport={() => { openImport.mutate(); }}
          onOrgChart={() => { orgChart.mutate(); }}
          onExport={(format) => { exportFile.mutate(format); }}
          onTopics={() => { setTopicsOpen(true); }}
        />
      </Group>
      {failures.map((e, i) => <ErrorAlert key={i} error={e} />)}
      {exportFile.data ? (
        <Alert color="teal" role="status" withCloseButton onClose={() => { exportFile.reset(); }}>
          {t('participants.export.done', { count: exportFile.data.count, path: exportFile.data.path })}
        </Alert>
      ) : null}
      {orgChart.data ? (
        <Alert color={orgChart.data.report.cycles.length + orgChart.data.report.invalidEmails.length > 0 ? 'orange' : 'teal'} role="status" withCloseButton onClose={() => { orgChart.reset(); }} data-testid="org-chart-result">
          <Stack gap={2}>
            <Text size="sm">{t('participants.orgChart.done', { links: n(orgChart.data.links), unknown: n(orgChart.data.unknownEmails) })}</Text>
            {orgChart.data.report.cycles.map((cycle, i) => <Text key={`c${String(i)}`} size="sm">{t('orgChart.cycle', { people: cycle.join(' → ') })}</Text>)}
            {orgChart.data.report.selfLinks.map((s) => <Text key={`s${String(s.row)}`} size="sm">{t('orgChart.self_link', { row: s.row, email: s.email })}</Text>)}
            {orgChart.data.report.invalidEmails.slice(0, 20).map((s) => <Text key={`i${String(s.row)}${s.column}`} size="sm">{t('orgChart.invalid_email', { row: s.row, value: s.value })}</Text>)}
            {orgChart.data.report.conflicts.slice(0, 20).map((c) => <Text key={c.employeeEmail} size="sm">{t('orgChart.conflict', { email: c.employeeEmail })}</Text>)}
          </Stack>
        </Alert>
      ) : null}
      {sampleCount > 0 ? (
        <Alert color="grape" p="xs" icon={<IconFlask size={18} />} data-testid="sample-banner" aria-label={t('participants.sample.bannerTitle')}>
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">{t('participants.sample.banner', { count: sampleCount })}</Text>
            <Button size="compact-sm" variant="white" color="grape" loading={sampleRemove.isPending} onClick={() => { sampleRemove.mutate(); }}>
              {t('participants.sample.remove')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      {list.isSuccess && rows.length === 0 ? (
        <Card withBorder padding="xl">
          <Stack align="center" gap="sm" maw={560} mx="auto" ta="center">
            <IconUsers size={40} stroke={1.4} color="var(--mantine-primary-color-filled)" />
            <Title order={2} size="h4">{t('participants.empty.title')}</Title>
            <Text size="sm" c="dimmed">{t('participants.empty.body')}</Text>
            <Group>
              <Button onClick={() => { openImport.mutate(); }} loading={openImport.isPending}>{t('participants.actions.import')}</Button>
              <Button variant="default" onClick={() => { setForm({ mode: 'create', role: 'mentor' }); }}>{t('participants.actions.addMentor')}</Button>
              <Button variant="light" color="grape" loading={sampleCreate.isPending} onClick={() => { sampleCreate.mutate(); }}>
                {t('participants.sample.create')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
      {rows.length > 0 ? (
        <>
          <ParticipantsFilters
            filter={filter}
            sort={sort}
            departments={departments}
            rounds={list.data?.rounds ?? []}
            onChange={set}
            onSort={setSort}
          />
          <Group justify="space-between" gap="xs" mih={22}>
            <Text size="sm" c="dimmed" data-testid="participants-count">
              {t('participants.list.count', { shown: n(visible.length), total: n(rows.length) })}
            </Text>
            {filtered ? (
              <Button size="compact-xs" variant="subtle" color="gray" leftSection={<IconFilterOff size={14} />} onClick={() => { setFilter(EMPTY_FILTER); }}>
                {t('participants.filter.reset')}
              </Button>
            ) : null}
          </Group>
          {visible.length === 0 ? (
            <Card withBorder padding="lg">
              <Stack align="center" gap="xs">
                <Text size="sm">{t('participants.list.noMatch')}</Text>
                <Button size="xs" variant="default" onClick={() => { setFilter(EMPTY_FILTER); }}>{t('participants.filter.reset')}</Button>
              </Stack>
            </Card>
          ) : (
            <ParticipantsTable rows={visible} onOpen={setDetailId} />
          )}
        </>
      ) : null}
      {form ? (
        <ParticipantFormModal
          target={form}
          catalogue={catalogue}
          language={language}
          onClose={() => { setForm(null); }}
          onSaved={(id) => { setForm(null); setDetailId(id); }}
          onOpenExisting={(id) => { setForm(null); setDetailId(id); }}
        />
      ) : null}
      <Modal opened={detailId !== null && form === null} size="lg" onClose={() => { setDetailId(null); }} title={t('participants.detail.title')}>
        {detailId !== null ? (
          <ParticipantDetailView
            id={detailId}
            catalogue={catalogue}
            language={language}
            onEdit={() => { setForm({ mode: 'edit', id: detailId }); }}
            onErased={() => { setDetailId(null); }}
          />
        ) : null}
      </Modal>
      <TopicCatalogueDrawer opened={topicsOpen} catalogue={catalogue} language={language} onClose={() => { setTopicsOpen(false); }} />
      <Modal opened={draft !== null} size="xl" onClose={() => { if (draft) { void api.import.cancel({ token: draft.token }); } setDraft(null); }} title={t('participants.import.title')}>
        {draft ? <ImportWizard draft={draft} catalogue={catalogue} language={language} onClose={() => { setDraft(null); }} /> : null}
      </Modal>
    </Stack>
  );
}
