import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConstraintViolation } from '@shared/domain/pairing';
import { describeViolation } from './pairing-text';

/** A clear warning listing every rule a pair breaks. */
export function ViolationWarning({
  violations,
  emailNames,
}: {
  violations: readonly ConstraintViolation[];
  emailNames: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('pairing.manual.warningTitle')}
      icon={<IconAlertTriangle size={18} />}
      role="alert"
    >
      <List size="sm" spacing={4}>
        {violations.map((v, i) => (
          <List.Item key={`${v.code}-${String(i)}`}>
            {describeViolation(v, t, emailNames)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
