import { Button, Group, Table, Text } from '@mantine/core';
import { IconAdjustments, IconHistory, IconPackageImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/domain/product.ts';
import { formatQuantity } from '../../../../shared/money/quantity.ts';
import { type InventorySnapshot, levelOf } from '../../../data/index.ts';
import { localizedName } from '../../quotes/utils/localizedName.ts';

export type StockTableProps = {
  products: Product[];
  snapshot: InventorySnapshot;
  /** Managers and admins book receipts and adjustments. */
  canOperate: boolean;
  onReceive: (product: Product) => void;
  onAdjust: (product: Product) => void;
  onHistory: (product: Product) => void;
};

/** On hand, reserved and available per product, with the stock actions. */
export function StockTable(props: StockTableProps) {
  const { t, i18n } = useTranslation();
  const quantity = (milli: number) => formatQuantity(milli, i18n.language);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('inventory.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('inventory.sku')}</Table.Th>
            <Table.Th>{t('inventory.product')}</Table.Th>
            <Table.Th ta="right">{t('inventory.onHand')}</Table.Th>
            <Table.Th ta="right">{t('inventory.reserved')}</Table.Th>
            <Table.Th ta="right">{t('inventory.available')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.products.map((product) => {
            const level = levelOf(props.snapshot, product.id);
            return (
              <Table.Tr key={product.id} data-testid={`stock-${product.sku}`}>
                <Table.Th scope="row" fz="sm" fw={600}>
                  {product.sku}
                </Table.Th>
                <Table.Td fz="sm">{localizedName(product.name, i18n.language)}</Table.Td>
                <Table.Td ta="right" fz="sm" data-testid="stock-on-hand">
                  {quantity(level.onHand)}
                </Table.Td>
                <Table.Td ta="right" fz="sm" data-testid="stock-reserved">
                  {quantity(level.reserved)}
                </Table.Td>
                <Table.Td ta="right" fz="sm" data-testid="stock-available">
                  <Text span size="sm" fw={600} c={level.available < 0 ? 'red' : undefined}>
                    {quantity(level.available)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    {props.canOperate && (
                      <>
                        <Button
                          size="compact-sm"
                          variant="light"
                          leftSection={<IconPackageImport size={14} aria-hidden />}
                          aria-label={t('inventory.receiveLabel', { sku: product.sku })}
                          onClick={() => props.onReceive(product)}
                        >
                          {t('inventory.receive')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          leftSection={<IconAdjustments size={14} aria-hidden />}
                          aria-label={t('inventory.adjustLabel', { sku: product.sku })}
                          onClick={() => props.onAdjust(product)}
                        >
                          {t('inventory.adjust')}
                        </Button>
                      </>
                    )}
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      leftSection={<IconHistory size={14} aria-hidden />}
                      aria-label={t('inventory.historyLabel', { sku: product.sku })}
                      onClick={() => props.onHistory(product)}
                    >
                      {t('inventory.history')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
