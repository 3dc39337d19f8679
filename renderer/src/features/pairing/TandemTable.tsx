import {
  ActionIcon,
  Badge,
  Checkbox,
  Group,
  Menu,
  Progress,
  Stack,
  Switch,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PairingTandemView } from '@shared/ipc/domains/pairing.contract';
import { formatNumber } from '../../lib/format';
import { uiLanguage } from './pairing-text';
import { WhyPopover } from './WhyPopover';

type Props = {
  tandems: readonly PairingTandemView[];
  editable: boolean;
  selected: readonly string[];
  onToggleSelect: (id: string) => void;
  onLock: (id: string, locked: boolean) => void;
  onRemove: (t: PairingTandemView) => void;
  onExclude: (t: PairingTandemView) => void;
};

/** The tandems of a round: who with whom, how well they fit and why, lock and row actions. */
export function TandemTable({
  tandems,
  editable,
  selected,
  onToggleSelect,
  onLock,
  onRemove,
  onExclude,
}: Props) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="pairing-tandem-table">
        <Table.Caption>{t('pairing.table.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Text size="xs" c="dimmed">
                {t('pairing.table.select')}
              </Text>
            </Table.Th>
            <Table.Th>{t('pairing.table.mentor')}</Table.Th>
            <Table.Th>{t('pairing.table.mentee')}</Table.Th>
            <Table.Th>{t('pairing.table.departments')}</Table.Th>
            <Table.Th w={170}>{t('pairing.table.score')}</Table.Th>
            <Table.Th>{t('pairing.table.locked')}</Table.Th>
            <Table.Th>{t('pairing.table.status')}</Table.Th>
            <Table.Th>
              <Text size="xs" c="dimmed">
                {t('pairing.table.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tandems.map((tandem) => {
            const names = { mentor: tandem.mentor.name, mentee: tandem.mentee.name };
            const changeable = editable && tandem.status === 'proposed';
            return (
              <Table.Tr key={tandem.id} data-testid="pairing-tandem-row">
                <Table.Td>
                  <Checkbox
                    aria-label={t('pairing.table.selectRow', names)}
                    checked={selected.includes(tandem.id)}
                    disabled={!changeable}
                    onChange={() => {
                      onToggleSelect(tandem.id);
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {tandem.mentor.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Text size="sm" fw={500}>
                      {tandem.mentee.name}
                    </Text>
                    {tandem.violations.length > 0 ? (
                      <Tooltip
                        label={t('pairing.overrideHint', {
                          justification: tandem.justification ?? '',
                        })}
                        multiline
                        w={280}
                      >
                        <Badge color="orange" variant="light" size="xs">
                          {t('pairing.override')}
                        </Badge>
                      </Tooltip>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {tandem.mentor.department} · {tandem.mentee.department}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Progress
                      value={tandem.score}
                      w={80}
                      size="md"
                      aria-label={t('pairing.table.scoreValue', {
                        score: formatNumber(tandem.score, language, 0),
                      })}
                    />
                    <Text size="sm" w={28} ta="right">
                      {formatNumber(tandem.score, language, 0)}
                    </Text>
                    <WhyPopover score={tandem.breakdown} {...names} />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Switch
                    aria-label={t('pairing.table.lockRow', names)}
                    checked={tandem.locked}
                    disabled={!changeable}
                    onChange={(event) => {
                      onLock(tandem.id, event.currentTarget.checked);
                    }}
                  />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge
                    variant="light"
                    color={tandem.status === 'confirmed' ? 'teal' : 'gray'}
                    style={{ overflow: 'visible' }}
                  >
                    {t(`pairing.status.${tandem.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t('pairing.actions.label')}: ${names.mentor} / ${names.mentee}`}
                        disabled={!changeable}
                      >
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        onClick={() => {
                          onRemove(tandem);
                        }}
                      >
                        {t('pairing.actions.remove')}
                      </Menu.Item>
                      <Menu.Item
                        color="red"
                        onClick={() => {
                          onExclude(tandem);
                        }}
                      >
                        {t('pairing.actions.exclude')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
