import type { Product } from '../../../shared/domain/product.ts';
import { foldText } from '../../../shared/qualification/foldText.ts';

export type ProductQuery = { search?: string; activeOnly?: boolean };

/** Whether a product matches every word of a search over its SKU and both names (Chinese substrings too). */
export function productMatches(product: Product, query: ProductQuery): boolean {
  if (query.activeOnly && !product.active) return false;
  const words = foldText(query.search ?? '')
    .split(/\s+/u)
    .filter(Boolean);
  if (words.length === 0) return true;
  const text = foldText(
    [product.sku, product.name.zh, product.name.en, product.category].filter(Boolean).join(' '),
  );
  return words.every((word) => text.includes(word));
}
