import { useTranslation } from 'react-i18next';
import { minorUnitsToDecimal } from '../../../../shared/intake/recordsToCsvTable.ts';
import type { InvoiceRow } from '../../../data/index.ts';
import { ExportCsvButton } from '../../export/components/ExportCsvButton.tsx';
import { type CsvColumn, columnsToCsvTable } from '../../export/utils/columnsToCsvTable.ts';

/** Exports the invoices the list shows (its status filter applied), with balances on today. */
export function InvoiceExportButton({
  rows,
  accountNames,
}: {
  rows: readonly InvoiceRow[];
  accountNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const money = (amount: number, row: InvoiceRow) =>
    minorUnitsToDecimal(amount, row.invoice.currency);
  const columns: CsvColumn<InvoiceRow>[] = [
    { header: t('invoices.columns.number'), cell: (row) => row.invoice.number },
    {
      header: t('invoices.provisional'),
      cell: (row) => (row.provisional ? t('common.yes') : t('common.no')),
    },
    {
      header: t('invoices.columns.account'),
      cell: (row) => accountNames.get(row.invoice.accountId) ?? '',
    },
    {
      header: t('invoices.columns.status'),
      cell: (row) => t(`invoices.statuses.${row.displayStatus}`),
    },
    { header: t('invoices.columns.issuedOn'), cell: (row) => row.invoice.issuedOn ?? '' },
    { header: t('invoices.columns.dueOn'), cell: (row) => row.invoice.dueOn ?? '' },
    { header: t('invoices.csv.currency'), cell: (row) => row.invoice.currency },
    { header: t('invoices.columns.total'), cell: (row) => money(row.invoice.totals.total, row) },
    { header: t('invoices.csv.paid'), cell: (row) => money(row.paid, row) },
    { header: t('invoices.columns.balance'), cell: (row) => money(row.balanceDue, row) },
    { header: t('invoices.csv.daysOverdue'), cell: (row) => String(row.daysOverdue) },
  ];
  return (
    <ExportCsvButton
      fileBase="invoices"
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
