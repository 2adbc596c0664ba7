import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Product, tracksStock } from '../../../../shared/domain/product.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { formatQuantity } from '../../../../shared/money/quantity.ts';
import type { StockLevel } from '../../../../shared/orders/stockLedger.ts';
import { percentInputText } from '../../quotes/utils/decimalText.ts';
import { localizedName } from '../../quotes/utils/localizedName.ts';

/**
 * Available stock (on hand − reserved); red when none is left, "—" for goods never stocked,
 * "Service" for what is sold without stock.
 */
function StockCell({ level, service }: { level: StockLevel | undefined; service: boolean }) {
  const { t, i18n } = useTranslation();
  if (service) {
    return (
      <Table.Td fz="sm" ta="right" c="dimmed">
        {t('catalog.noStock')}
      </Table.Td>
    );
  }
  if (!level || (level.onHand === 0 && level.reserved === 0)) {
    return (
      <Table.Td fz="sm" ta="right" c="dimmed">
        —
      </Table.Td>
    );
  }
  return (
    <Table.Td
      fz="sm"
      ta="right"
      c={level.available <= 0 ? 'red.7' : undefined}
      title={t('catalog.stockDetail', {
        onHand: formatQuantity(level.onHand, i18n.language),
        reserved: formatQuantity(level.reserved, i18n.language),
      })}
    >
      {formatQuantity(level.available, i18n.language)}
    </Table.Td>
  );
}

export type ProductTableProps = {
  rows: Product[];
  /** Stock per product id (on hand, reserved, available), when the inventory is known. */
  stock?: Record<string, StockLevel>;
  /** Offered to managers and admins only. */
  onEdit?: (product: Product) => void;
};

/** The catalog: SKU, both names, unit, list prices, tax rate and whether it can be quoted. */
export function ProductTable({ rows, stock, onEdit }: ProductTableProps) {
  const { t, i18n } = useTranslation();
  const other = i18n.language.startsWith('zh') ? 'en' : 'zh';
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('catalog.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalog.fields.sku')}</Table.Th>
            <Table.Th>{t('catalog.fields.name')}</Table.Th>
            <Table.Th>{t('catalog.fields.unit')}</Table.Th>
            <Table.Th>{t('catalog.fields.prices')}</Table.Th>
            <Table.Th>{t('catalog.fields.taxRate')}</Table.Th>
            {stock && <Table.Th ta="right">{t('catalog.fields.available')}</Table.Th>}
            <Table.Th>{t('catalog.fields.active')}</Table.Th>
            {onEdit && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((product) => {
            const name = localizedName(product.name, i18n.language);
            const secondary = product.name[other];
            return (
              <Table.Tr key={product.id}>
                <Table.Td fz="sm" ff="monospace">
                  {product.sku}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {name}
                  </Text>
                  {secondary && secondary !== name && (
                    <Text size="xs" c="dimmed">
                      {secondary}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td fz="sm">{t(`catalog.units.${product.unit}`)}</Table.Td>
                <Table.Td fz="sm">
                  {product.prices.map((price) => formatMoney(price, i18n.language)).join(' · ')}
                </Table.Td>
                <Table.Td fz="sm">{percentInputText(product.taxRateBps)} %</Table.Td>
                {stock && <StockCell level={stock[product.id]} service={!tracksStock(product)} />}
                <Table.Td>
                  <Badge variant="light" color={product.active ? 'green' : 'gray'}>
                    {product.active ? t('catalog.active') : t('catalog.inactive')}
                  </Badge>
                </Table.Td>
                {onEdit && (
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => onEdit(product)}
                      aria-label={t('catalog.editProduct', { sku: product.sku })}
                    >
                      {t('catalog.edit')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
