import { Button, Group, Menu } from '@mantine/core';
import {
  IconBooks,
  IconChevronDown,
  IconFileExport,
  IconFileImport,
  IconFileSpreadsheet,
  IconHierarchy,
  IconUserPlus,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ParticipantRole } from '@shared/domain/participants';

/**
 * One calm row of actions: adding a person is the primary action (the role is picked
 * from its menu); file work sits behind one "Import & export" menu; the topic catalogue
 * is a quiet secondary button.
 */
export function ParticipantsToolbar(props: {
  importing: boolean;
  onAdd: (role: ParticipantRole) => void;
  onImport: () => void;
  onOrgChart: () => void;
  onExport: (format: 'csv' | 'xlsx') => void;
  onTopics: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button variant="subtle" color="gray" leftSection={<IconBooks size={16} />} onClick={props.onTopics}>
        {t('participants.topics.open')}
      </Button>
      <Menu position="bottom-end" width={260}>
        <Menu.Target>
          <Button variant="default" loading={props.importing} leftSection={<IconFileSpreadsheet size={16} />} rightSection={<IconChevronDown size={14} />}>
            {t('participants.actions.data')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('participants.actions.importSection')}</Menu.Label>
          <Menu.Item leftSection={<IconFileImport size={16} />} onClick={props.onImport}>
            {t('participants.actions.import')}
          </Menu.Item>
          <Menu.Item leftSection={<IconHierarchy size={16} />} onClick={props.onOrgChart}>
            {t('participants.actions.orgChart')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Label>{t('participants.actions.export')}</Menu.Label>
          <Menu.Item leftSection={<IconFileExport size={16} />} onClick={() => { props.onExport('xlsx'); }}>
            {t('participants.actions.exportXlsx')}
          </Menu.Item>
          <Menu.Item leftSection={<IconFileExport size={16} />} onClick={() => { props.onExport('csv'); }}>
            {t('participants.actions.exportCsv')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button leftSection={<IconUserPlus size={16} />} rightSection={<IconChevronDown size={14} />}>
            {t('participants.actions.addPerson')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => { props.onAdd('mentor'); }}>{t('participants.actions.addMentor')}</Menu.Item>
          <Menu.Item onClick={() => { props.onAdd('mentee'); }}>{t('participants.actions.addMentee')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
