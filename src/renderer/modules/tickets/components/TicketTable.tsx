import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../shared/domain/ticket.ts';
import { useAccountNames } from '../../../data/index.ts';
import { paths } from '../../../routes.tsx';
import { DocumentNumberLink } from '../../../ui/DocumentNumberLink.tsx';
import { AccountNameLink } from '../../accounts/components/AccountNameLink.tsx';
import { useOwnerName } from '../../pipeline/hooks/useOwnerName.ts';
import { SlaBadges } from './SlaBadges.tsx';
import { TicketPriorityBadge, TicketStatusBadge } from './TicketStatusBadge.tsx';

export type TicketTableProps = {
  rows: Ticket[];
  /** The app's clock, for the SLA badges. */
  now: string;
  showAccount?: boolean;
};

/** Tickets with customer, priority, status and SLA clocks; the number opens the ticket, the customer its account. */
export function TicketTable({ rows, now, showAccount = true }: TicketTableProps) {
  const { t } = useTranslation();
  const accountNames = useAccountNames();
  const ownerName = useOwnerName();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('tickets.list.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tickets.columns.number')}</Table.Th>
            <Table.Th>{t('tickets.columns.subject')}</Table.Th>
            {showAccount && <Table.Th>{t('tickets.columns.account')}</Table.Th>}
            <Table.Th>{t('tickets.columns.priority')}</Table.Th>
            <Table.Th>{t('tickets.columns.status')}</Table.Th>
            <Table.Th>{t('tickets.columns.assignee')}</Table.Th>
            <Table.Th>{t('tickets.columns.sla')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((ticket) => (
            <Table.Tr key={ticket.id}>
              <Table.Td>
                <DocumentNumberLink to={paths.ticket(ticket.id)}>
                  {ticket.number}
                </DocumentNumberLink>
              </Table.Td>
              <Table.Td fz="sm">{ticket.subject}</Table.Td>
              {showAccount && (
                <Table.Td fz="sm">
                  <AccountNameLink
                    accountId={ticket.accountId}
                    name={accountNames.get(ticket.accountId)}
                  />
                </Table.Td>
              )}
              <Table.Td>
                <TicketPriorityBadge priority={ticket.priority} />
              </Table.Td>
              <Table.Td>
                <TicketStatusBadge status={ticket.status} />
              </Table.Td>
              <Table.Td fz="sm">
                {ticket.assigneeId ? (
                  ownerName(ticket.assigneeId)
                ) : (
                  <Text span c="dimmed" size="sm">
                    {t('tickets.detail.unassigned')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <SlaBadges ticket={ticket} now={now} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
