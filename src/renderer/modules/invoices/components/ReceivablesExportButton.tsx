import { useTranslation } from 'react-i18next';
import { agingBuckets } from '../../../../shared/billing/arAging.ts';
import { minorUnitsToDecimal } from '../../../../shared/intake/recordsToCsvTable.ts';
import type { NamedReceivableRow } from '../../../data/index.ts';
import { ExportCsvButton } from '../../export/components/ExportCsvButton.tsx';
import { type CsvColumn, columnsToCsvTable } from '../../export/utils/columnsToCsvTable.ts';

/** Exports the AR aging as shown: one row per customer and currency, buckets as decimals. */
export function ReceivablesExportButton({ rows }: { rows: readonly NamedReceivableRow[] }) {
  const { t } = useTranslation();
  const money = (amount: number, row: NamedReceivableRow) =>
    minorUnitsToDecimal(amount, row.currency);
  const columns: CsvColumn<NamedReceivableRow>[] = [
    { header: t('invoices.receivables.customer'), cell: (row) => row.accountName },
    { header: t('invoices.csv.currency'), cell: (row) => row.currency },
    ...agingBuckets.map(
      (bucket): CsvColumn<NamedReceivableRow> => ({
        header: t(`invoices.receivables.buckets.${bucket}`),
        cell: (row) => money(row[bucket], row),
      }),
    ),
    { header: t('invoices.receivables.total'), cell: (row) => money(row.total, row) },
    { header: t('invoices.csv.invoiceCount'), cell: (row) => String(row.invoiceCount) },
    {
      header: t('invoices.receivables.dunningLevel'),
      cell: (row) => (row.dunningLevel ? t(`invoices.dunningLevels.${row.dunningLevel}`) : ''),
    },
    {
      header: t('invoices.receivables.nextAction'),
      cell: (row) =>
        row.nextAction.kind === 'none'
          ? ''
          : `${row.nextAction.kind === 'send' ? t(`invoices.dunningLevels.${row.nextAction.level}`) : t('invoices.csv.escalate')} ${row.nextAction.on}`,
    },
  ];
  return (
    <ExportCsvButton
      fileBase="receivables"
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
