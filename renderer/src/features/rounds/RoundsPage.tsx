import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/ComingSoon';

/** The rounds page (placeholder until its feature lands). */
export function RoundsPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      title={t('nav.rounds')}
      description={t('comingSoon.rounds')}
      badge={t('comingSoon.badge')}
      icon={<IconUsersGroup size={20} stroke={1.6} />}
    />
  );
}
