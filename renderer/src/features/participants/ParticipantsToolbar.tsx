import { Button, Group, Menu } from '@mantine/core';
import { IconChevronDown, IconFileExport, IconFileImport, IconHierarchy, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ParticipantRole } from '@shared/domain/participants';

/** Add, import and export actions above the list. */
export function ParticipantsToolbar(props: {
  importing: boolean;
  onAdd: (role: ParticipantRole) => void;
  onImport: () => void;
  onOrgChart: () => void;
  onExport: (format: 'csv' | 'xlsx') => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Button leftSection={<IconUserPlus size={16} />} onClick={() => { props.onAdd('mentor'); }}>
        {t('participants.actions.addMentor')}
      </Button>
      <Button leftSection={<IconUserPlus size={16} />} variant="light" onClick={() => { props.onAdd('mentee'); }}>
        {t('participants.actions.addMentee')}
      </Button>
      <Button leftSection={<IconFileImport size={16} />} variant="default" loading={props.importing} onClick={props.onImport}>
        {t('participants.actions.import')}
      </Button>
      <Button leftSection={<IconHierarchy size={16} />} variant="default" onClick={props.onOrgChart}>
        {t('participants.actions.orgChart')}
      </Button>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button leftSection={<IconFileExport size={16} />} rightSection={<IconChevronDown size={14} />} variant="default">
            {t('participants.actions.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => { props.onExport('xlsx'); }}>{t('participants.actions.exportXlsx')}</Menu.Item>
          <Menu.Item onClick={() => { props.onExport('csv'); }}>{t('participants.actions.exportCsv')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
