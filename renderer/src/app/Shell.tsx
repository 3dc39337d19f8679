import { AppShell, Button, Group, NavLink, SegmentedControl, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { ParticipantsPage } from '../features/participants/ParticipantsPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { RoundsPage } from '../features/rounds/RoundsPage';
import { SessionsPage } from '../features/sessions/SessionsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SyncPage } from '../features/sync/SyncPage';
import { usePreferences } from '../features/settings/usePreferences';
import { useVaultStatus } from '../features/vault/useVaultStatus';
import { api } from '../lib/api';
import { PAGE_ICONS, PAGES } from './routes';
import type { PageId } from './routes';
import { usePage } from './usePage';

const PAGE_COMPONENTS: Record<PageId, () => ReactNode> = {
  participants: ParticipantsPage,
  rounds: RoundsPage,
  sessions: SessionsPage,
  reports: ReportsPage,
  sync: SyncPage,
  settings: SettingsPage,
};

function PageContent({ page }: { page: PageId }) {
  const Page = PAGE_COMPONENTS[page];
  return <Page />;
}

/** The frame of every screen: header with language switch, navigation, content. */
export function Shell() {
  const { t } = useTranslation();
  const [page, go] = usePage();
  const { query, update } = usePreferences();
  const language = query.data?.language ?? 'de';
  const { setStatus } = useVaultStatus();
  const lock = useMutation({ mutationFn: () => api.vault.lock(), onSuccess: setStatus });

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 0 }} padding="lg">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Title order={2} size="h4" c="teal.8">
              {t('app.name')}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="sm">
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconLock size={16} />}
              onClick={() => {
                lock.mutate();
              }}
            >
              {t('vault.lockNow')}
            </Button>
            <SegmentedControl
              size="xs"
              aria-label={t('language.label')}
              value={language}
              onChange={(value) => {
                update.mutate({ language: value });
              }}
              data={[
                { value: 'de', label: 'DE' },
                { value: 'en', label: 'EN' },
              ]}
            />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')} component="nav">
        {PAGES.map((id) => (
          <NavLink
            key={id}
            href={`#/${id}`}
            label={t(`nav.${id}`)}
            leftSection={PAGE_ICONS[id]}
            active={page === id}
            aria-current={page === id ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              go(id);
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main">
        {update.isError ? <ErrorAlert error={update.error} /> : null}
        <PageContent page={page} />
      </AppShell.Main>
    </AppShell>
  );
}
