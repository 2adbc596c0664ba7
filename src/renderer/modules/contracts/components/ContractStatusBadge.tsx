import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContractStatus } from '../../../../shared/quotes/contractStatus.ts';

const colors: Record<ContractStatus, string> = {
  active: 'green',
  expiring: 'orange',
  expired: 'gray',
};

/** Active, expiring within 30 days, or expired. */
export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[status]}>
      {t(`contracts.statuses.${status}`)}
    </Badge>
  );
}
