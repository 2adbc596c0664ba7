import type { Order } from '../../../shared/domain/order.ts';
import type { Product } from '../../../shared/domain/product.ts';
import { inventoryLedger } from '../../../shared/orders/orderStockMovements.ts';
import { type StockLevel, stockLevels } from '../../../shared/orders/stockLedger.ts';
import type { StockMovement } from '../../../shared/orders/stockMovement.ts';

/** Stock as this device sees it: the merged ledger and the figures per product id. */
export type InventorySnapshot = {
  movements: StockMovement[];
  levels: Record<string, StockLevel>;
};

const none: StockLevel = { onHand: 0, reserved: 0, available: 0 };

/** A product's figures, zero when nothing ever moved. */
export function levelOf(snapshot: InventorySnapshot, productId: string): StockLevel {
  return snapshot.levels[productId] ?? none;
}

/**
 * Figures from the products' receipts and adjustments plus what the orders reserve and ship.
 * Only orders this device holds count: a rep's device sees their own orders, so the
 * company-wide figures are those of people who see every order (admins, finance).
 */
export function inventorySnapshot({
  products,
  orders,
}: {
  products: readonly Product[];
  orders: readonly Order[];
}): InventorySnapshot {
  const movements = inventoryLedger({
    products: products.map((product) => ({ stockMovements: product.stockMovements ?? [] })),
    orders: orders.map((order) => ({ ...order, shipments: order.shipments ?? [] })),
  });
  return { movements, levels: stockLevels({ movements }) };
}
