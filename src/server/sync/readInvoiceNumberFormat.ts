import { type NumberFormat, numberFormatsOf } from '../../shared/numbering/documentNumber.ts';
import type { Store } from '../store/Store.ts';
import { readNumberSeries } from './readNumberSeries.ts';

/**
 * How final invoice numbers look: the invoice series of the newest valid `numberSeries`
 * setting (the one devices use too), else the default (`INV-2026-0001`).
 */
export async function readInvoiceNumberFormat(store: Store): Promise<NumberFormat> {
  return numberFormatsOf(await readNumberSeries(store)).invoice;
}
