import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketPriority, TicketStatus } from '../../../../shared/domain/ticket.ts';

const statusColors: Record<TicketStatus, string> = {
  new: 'blue',
  in_progress: 'indigo',
  waiting_on_customer: 'yellow',
  resolved: 'teal',
  closed: 'gray',
};

const priorityColors: Record<TicketPriority, string> = {
  low: 'gray',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
};

/** A ticket's status in words and colour. */
export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColors[status]} miw="max-content">
      {t(`tickets.statuses.${status}`)}
    </Badge>
  );
}

/** A ticket's priority in words and colour. */
export function TicketPriorityBadge({ priority }: { priority: TicketPriority }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={priorityColors[priority]} miw="max-content">
      {t(`tickets.priorities.${priority}`)}
    </Badge>
  );
}
