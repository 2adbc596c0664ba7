import { type Product, productSchema } from '../../../shared/domain/product.ts';
import { newId } from '../../../shared/ids/newId.ts';
import { recordStockMovement } from '../../../shared/orders/recordStockMovement.ts';
import { parseRecord } from '../records/RecordValidationError.ts';
import {
  type CommandContext,
  findDocument,
  plainRecord,
  replaceDocument,
  withoutUndefined,
} from '../records/recordStore.ts';

export type StockMovementInput = {
  /** Thousandths: positive for a receipt; either sign for an adjustment. */
  quantityMilli: number;
  /** Delivery note, purchase order or count reference. */
  reference: string;
};

export type InventoryCommands = {
  /** Goods received into stock (managers and admins). */
  recordReceipt(productId: string, input: StockMovementInput): Promise<Product>;
  /** A stock count correction, up or down (managers and admins). */
  recordAdjustment(productId: string, input: StockMovementInput): Promise<Product>;
};

/**
 * Stock commands: each appends one movement to the product's ledger; nothing is ever
 * overwritten, so receipts made on two devices offline both count once they sync.
 */
export function createInventoryCommands({ data, clock, user }: CommandContext): InventoryCommands {
  async function append(
    productId: string,
    kind: 'receipt' | 'adjustment',
    input: StockMovementInput,
  ): Promise<Product> {
    const doc = await findDocument(data, 'products', productId);
    const stored = plainRecord<Product>(doc._data);
    const current: Product = { ...stored, stockMovements: stored.stockMovements ?? [] };
    const now = clock();
    const at = now.toISOString();
    const next = recordStockMovement({
      product: current,
      movement: {
        id: newId(now.getTime()),
        kind,
        quantityMilli: input.quantityMilli,
        reference: input.reference,
        at,
      },
      actor: user,
      now: at,
    });
    const record = withoutUndefined(parseRecord<Product>('product', productSchema, next));
    return replaceDocument(doc, record);
  }

  return {
    recordReceipt: (productId, input) => append(productId, 'receipt', input),
    recordAdjustment: (productId, input) => append(productId, 'adjustment', input),
  };
}
