import { Checkbox, Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type TicketPriority,
  type TicketStatus,
  ticketPriorities,
  ticketStatuses,
} from '../../../../shared/domain/ticket.ts';
import { useCurrentUser, useTeamMembers } from '../../../data/index.ts';
import { useOwnerName } from '../../pipeline/hooks/useOwnerName.ts';

export type TicketFilterValues = {
  status: TicketStatus | 'open' | '';
  priority: TicketPriority | '';
  assigneeId: string;
  breached: boolean;
};

/** Status, priority, assignee and "breached only" filters above the ticket list. */
export function TicketFilters({
  value,
  onChange,
}: {
  value: TicketFilterValues;
  onChange: (patch: Partial<TicketFilterValues>) => void;
}) {
  const { t } = useTranslation();
  const members = useTeamMembers();
  const me = useCurrentUser();
  const ownerName = useOwnerName();
  return (
    <Group gap="md" align="flex-end" role="group" aria-label={t('tickets.filters.label')}>
      <NativeSelect
        label={t('tickets.filters.status')}
        value={value.status}
        data={[
          { value: '', label: t('tickets.filters.anyStatus') },
          { value: 'open', label: t('tickets.filters.open') },
          ...ticketStatuses.map((status) => ({
            value: status,
            label: t(`tickets.statuses.${status}`),
          })),
        ]}
        onChange={(event) => {
          const next = event.currentTarget.value;
          const status = next === 'open' ? 'open' : ticketStatuses.find((item) => item === next);
          onChange({ status: status ?? '' });
        }}
      />
      <NativeSelect
        label={t('tickets.filters.priority')}
        value={value.priority}
        data={[
          { value: '', label: t('tickets.filters.anyPriority') },
          ...ticketPriorities.map((priority) => ({
            value: priority,
            label: t(`tickets.priorities.${priority}`),
          })),
        ]}
        onChange={(event) => {
          const next = event.currentTarget.value;
          onChange({ priority: ticketPriorities.find((item) => item === next) ?? '' });
        }}
      />
      <NativeSelect
        label={t('tickets.filters.assignee')}
        value={value.assigneeId}
        data={[
          { value: '', label: t('tickets.filters.anyone') },
          { value: 'unassigned', label: t('tickets.filters.unassigned') },
          ...members.map((member) => ({
            value: member.id,
            label: member.id === me.id ? t('tickets.filters.me') : ownerName(member.id),
          })),
        ]}
        onChange={(event) => onChange({ assigneeId: event.currentTarget.value })}
      />
      <Checkbox
        label={t('tickets.filters.breached')}
        checked={value.breached}
        onChange={(event) => onChange({ breached: event.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
