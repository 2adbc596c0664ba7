import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/domain/order.ts';
import { minorUnitsToDecimal } from '../../../../shared/intake/recordsToCsvTable.ts';
import { ExportCsvButton } from '../../export/components/ExportCsvButton.tsx';
import {
  type CsvColumn,
  columnsToCsvTable,
  quantityToDecimal,
} from '../../export/utils/columnsToCsvTable.ts';
import { orderProgress } from '../utils/orderProgress.ts';

/** Exports the orders the list shows (status filter applied), one row per order. */
export function OrderExportButton({
  rows,
  accountNames,
}: {
  rows: readonly Order[];
  accountNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const columns: CsvColumn<Order>[] = [
    { header: t('orders.list.number'), cell: (order) => order.number },
    { header: t('orders.list.account'), cell: (order) => accountNames.get(order.accountId) ?? '' },
    { header: t('orders.list.status'), cell: (order) => t(`orders.statuses.${order.status}`) },
    { header: t('orders.csv.currency'), cell: (order) => order.currency },
    {
      header: t('orders.list.total'),
      cell: (order) => minorUnitsToDecimal(order.totals.total, order.currency),
    },
    {
      header: t('orders.lines.ordered'),
      cell: (order) => quantityToDecimal(orderProgress(order).ordered),
    },
    {
      header: t('orders.lines.shipped'),
      cell: (order) => quantityToDecimal(orderProgress(order).shipped),
    },
    { header: t('orders.csv.shipments'), cell: (order) => String(order.shipments.length) },
    {
      header: t('orders.detail.customerReference'),
      cell: (order) => order.customerReference ?? '',
    },
    { header: t('orders.detail.contract'), cell: (order) => order.contractNumber ?? '' },
    { header: t('orders.detail.confirmedAt'), cell: (order) => order.confirmedAt ?? '' },
    { header: t('orders.list.updated'), cell: (order) => order.updatedAt },
  ];
  return (
    <ExportCsvButton
      fileBase="orders"
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
