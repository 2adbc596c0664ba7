import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LeadStatus } from '../../../../shared/domain/lead.ts';

const statusColors: Record<LeadStatus, MantineColor> = {
  new: 'blue',
  contacted: 'cyan',
  qualified: 'teal',
  disqualified: 'gray',
  converted: 'violet',
};

export function LeadStatusBadge({
  status,
  size = 'sm',
}: {
  status: LeadStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} size={size} variant="light" tt="none" fw={600}>
      {t(`leads.statuses.${status}`)}
    </Badge>
  );
}
