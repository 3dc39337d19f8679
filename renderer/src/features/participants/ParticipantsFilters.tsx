import { Group, Select, TextInput } from '@mantine/core';
import { IconArrowsSort, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ROLES, PARTICIPANT_STATUSES } from '@shared/domain/participants';
import type { RoundOption } from '@shared/ipc/domains/participants.types';
import type { ParticipantFilter, SortKey } from './participant-filter';

/**
 * Search, four filters and the sort in one row. The filters carry their name as
 * placeholder and accessible label instead of a label line above, which would cost a row.
 */
export function ParticipantsFilters({
  filter,
  sort,
  departments,
  rounds,
  onChange,
  onSort,
}: {
  filter: ParticipantFilter;
  sort: SortKey;
  departments: string[];
  rounds: readonly RoundOption[];
  onChange: (patch: Partial<ParticipantFilter>) => void;
  onSort: (sort: SortKey) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <TextInput
        aria-label={t('participants.filter.search')}
        placeholder={t('participants.filter.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={filter.search}
        onChange={(event) => { onChange({ search: event.currentTarget.value }); }}
        style={{ flex: 1, minWidth: 180 }}
      />
      <Select aria-label={t('participants.filter.role')} placeholder={t('participants.filter.role')} clearable w={130} value={filter.role}
        data={PARTICIPANT_ROLES.map((value) => ({ value, label: t(`participant.role.${value}`) }))}
        onChange={(value) => { onChange({ role: value === 'mentor' || value === 'mentee' ? value : null }); }} />
      <Select aria-label={t('participants.filter.department')} placeholder={t('participants.filter.department')} clearable searchable w={150} value={filter.department}
        data={departments} onChange={(value) => { onChange({ department: value }); }} />
      <Select aria-label={t('participants.filter.status')} placeholder={t('participants.filter.status')} clearable w={130} value={filter.status}
        data={PARTICIPANT_STATUSES.map((value) => ({ value, label: t(`participant.status.${value}`) }))}
        onChange={(value) => { onChange({ status: value === 'active' || value === 'withdrawn' ? value : null }); }} />
      <Select aria-label={t('participants.filter.round')} placeholder={t('participants.filter.round')} clearable w={150} value={filter.roundId}
        data={rounds.map((r) => ({ value: r.id, label: r.name }))}
        nothingFoundMessage={t('participants.filter.noRounds')}
        onChange={(value) => { onChange({ roundId: value }); }} />
      <Select aria-label={t('participants.filter.sort')} allowDeselect={false} w={150} value={sort}
        leftSection={<IconArrowsSort size={16} />}
        data={(['name', 'department', 'role', 'status'] as const).map((value) => ({ value, label: t(`participants.list.${value}`) }))}
        onChange={(value) => { onSort(value === 'department' || value === 'role' || value === 'status' ? value : 'name'); }} />
    </Group>
  );
}
