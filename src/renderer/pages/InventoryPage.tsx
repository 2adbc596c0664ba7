import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Product, tracksStock } from '../../shared/domain/product.ts';
import { useCurrentUser, useInventory, useInventoryCommands, useProducts } from '../data/index.ts';
import { MovementHistoryModal } from '../modules/inventory/components/MovementHistoryModal.tsx';
import { StockFiguresNote } from '../modules/inventory/components/StockFiguresNote.tsx';
import {
  type StockMovementKindChoice,
  StockMovementModal,
} from '../modules/inventory/components/StockMovementModal.tsx';
import { StockTable } from '../modules/inventory/components/StockTable.tsx';
import { useOrderAction } from '../modules/orders/hooks/useOrderAction.ts';
import { localizedName } from '../modules/quotes/utils/localizedName.ts';
import { ListPage } from '../ui/ListPage.tsx';

type Editing = { product: Product; kind: StockMovementKindChoice };

export function InventoryPage() {
  const { t, i18n } = useTranslation();
  const { role } = useCurrentUser();
  const [search, setSearch] = useState('');
  const { rows: products, loading } = useProducts({ search });
  // Services (installation, training...) are sold without stock: nothing to count here.
  const rows = products.filter(tracksStock);
  const { snapshot } = useInventory();
  const commands = useInventoryCommands();
  const { run } = useOrderAction();
  const [editing, setEditing] = useState<Editing>();
  const [history, setHistory] = useState<Product>();
  const canOperate = role === 'manager' || role === 'admin';

  const handleSubmit = async (
    kind: StockMovementKindChoice,
    input: { quantityMilli: number; reference: string },
  ) => {
    const product = editing?.product;
    if (!product) return false;
    const saved = await run(
      () =>
        kind === 'receipt'
          ? commands.recordReceipt(product.id, input)
          : commands.recordAdjustment(product.id, input),
      () => t(`inventory.${kind === 'receipt' ? 'receiptDialog' : 'adjustmentDialog'}.saved`),
    );
    return saved !== undefined;
  };

  return (
    <ListPage
      title={t('inventory.title')}
      subtitle={t('inventory.subtitle')}
      searchLabel={t('inventory.search')}
      searchPlaceholder={t('inventory.searchPlaceholder')}
      search={search}
      onSearchChange={setSearch}
      loading={loading}
      loadingLabel={t('app.loading')}
      emptyText={
        rows.length > 0 ? undefined : search ? t('inventory.noMatch') : t('inventory.empty')
      }
    >
      <StockFiguresNote snapshot={snapshot} />
      <StockTable
        products={rows}
        snapshot={snapshot}
        canOperate={canOperate}
        onReceive={(product) => setEditing({ product, kind: 'receipt' })}
        onAdjust={(product) => setEditing({ product, kind: 'adjustment' })}
        onHistory={setHistory}
      />
      <StockMovementModal
        kind={editing?.kind}
        productName={editing ? localizedName(editing.product.name, i18n.language) : ''}
        onClose={() => setEditing(undefined)}
        onSubmit={handleSubmit}
      />
      <MovementHistoryModal
        product={history}
        snapshot={snapshot}
        onClose={() => setHistory(undefined)}
      />
    </ListPage>
  );
}
