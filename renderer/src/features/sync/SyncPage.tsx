import { IconArrowsExchange } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/ComingSoon';

/** The sync page (placeholder until its feature lands). */
export function SyncPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      title={t('nav.sync')}
      description={t('comingSoon.sync')}
      badge={t('comingSoon.badge')}
      icon={<IconArrowsExchange size={20} stroke={1.6} />}
    />
  );
}
