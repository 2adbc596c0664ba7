import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../shared/domain/ticket.ts';
import { slaStatus } from '../../../../shared/service/slaStatus.ts';
import { ExportCsvButton } from '../../export/components/ExportCsvButton.tsx';
import { type CsvColumn, columnsToCsvTable } from '../../export/utils/columnsToCsvTable.ts';

/** Exports the tickets the list shows (its filters applied), with SLA deadlines and breaches. */
export function TicketExportButton({
  rows,
  now,
  accountNames,
  ownerName,
}: {
  rows: readonly Ticket[];
  now: string;
  accountNames: ReadonlyMap<string, string>;
  ownerName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const columns: CsvColumn<Ticket>[] = [
    { header: t('tickets.columns.number'), cell: (ticket) => ticket.number },
    { header: t('tickets.columns.subject'), cell: (ticket) => ticket.subject },
    {
      header: t('tickets.columns.account'),
      cell: (ticket) => accountNames.get(ticket.accountId) ?? '',
    },
    {
      header: t('tickets.columns.priority'),
      cell: (ticket) => t(`tickets.priorities.${ticket.priority}`),
    },
    {
      header: t('tickets.columns.status'),
      cell: (ticket) => t(`tickets.statuses.${ticket.status}`),
    },
    {
      header: t('tickets.columns.assignee'),
      cell: (ticket) => (ticket.assigneeId ? ownerName(ticket.assigneeId) : ''),
    },
    { header: t('tickets.fields.openedAt'), cell: (ticket) => ticket.createdAt },
    {
      header: t('tickets.csv.firstResponseDue'),
      cell: (ticket) => ticket.sla.firstResponseDueAt ?? '',
    },
    { header: t('tickets.csv.resolutionDue'), cell: (ticket) => ticket.sla.resolutionDueAt ?? '' },
    {
      header: t('tickets.csv.breached'),
      cell: (ticket) => (slaStatus({ ticket, now }).breached ? t('common.yes') : t('common.no')),
    },
    { header: t('tickets.fields.closedAt'), cell: (ticket) => ticket.closedAt ?? '' },
  ];
  return (
    <ExportCsvButton
      fileBase="tickets"
      disabled={rows.length === 0}
      options={[
        {
          id: 'fieldbook',
          label: t('export.presets.fieldbook'),
          table: () => columnsToCsvTable(columns, rows),
        },
      ]}
    />
  );
}
