import { DomainError } from '../domain/DomainError.ts';
import { type Product, type ProductStockMovement, tracksStock } from '../domain/product.ts';
import type { Actor, Role } from '../domain/roles.ts';

/** Who may receive goods and correct stock counts ("operations"). */
export const stockOperators = ['manager', 'admin'] as const satisfies readonly Role[];

/**
 * Appends a receipt (goods in, positive) or an adjustment (a count correction, either sign,
 * never zero) to a product's ledger. Movements are only ever added, so two devices that do
 * this offline merge by movement id. Managers and admins only; goods only (a service has no
 * stock).
 */
export function recordStockMovement({
  product,
  movement,
  actor,
  now,
}: {
  product: Product;
  movement: Omit<ProductStockMovement, 'productId' | 'by'>;
  actor: Actor;
  now: string;
}): Product {
  if (!(stockOperators as readonly Role[]).includes(actor.role)) {
    throw new DomainError('roleNotAllowed', {
      workflow: 'stock',
      from: movement.kind,
      to: movement.kind,
      role: actor.role,
      allowedRoles: stockOperators.join(','),
    });
  }
  if (!tracksStock(product)) throw new DomainError('serviceHasNoStock', { sku: product.sku });
  const quantity = movement.quantityMilli;
  const valid =
    Number.isSafeInteger(quantity) &&
    (movement.kind === 'receipt' ? quantity > 0 : quantity !== 0) &&
    movement.reference.trim() !== '';
  if (!valid || product.stockMovements.some((existing) => existing.id === movement.id)) {
    throw new DomainError('invalidStockMovement', {
      id: movement.id,
      kind: movement.kind,
      quantity,
    });
  }
  const entry: ProductStockMovement = {
    ...movement,
    reference: movement.reference.trim(),
    productId: product.id,
    by: actor.id,
  };
  return { ...product, stockMovements: [...product.stockMovements, entry], updatedAt: now };
}
