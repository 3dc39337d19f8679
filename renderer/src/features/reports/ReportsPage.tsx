import { IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/ComingSoon';

/** The reports page (placeholder until its feature lands). */
export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      title={t('nav.reports')}
      description={t('comingSoon.reports')}
      badge={t('comingSoon.badge')}
      icon={<IconFileText size={20} stroke={1.6} />}
    />
  );
}
