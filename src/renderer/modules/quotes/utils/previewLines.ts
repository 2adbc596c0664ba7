import type { LineItem } from '../../../../shared/domain/lineItemSchema.ts';
import { parseMoneyInput, parsePercentInput, parseQuantityInput } from './decimalText.ts';

/** What a person has typed into a line but not saved yet, field by field. */
export type LineDraft = {
  quantity?: string;
  unitPrice?: string;
  discount?: string;
  tax?: string;
};

export type LinePatch = {
  /** In units, as the quote commands take it (2.5 hours = 2.5). */
  quantity?: number;
  unitPrice?: number;
  discountBps?: number;
  taxRateBps?: number;
};

/** The readable part of a draft as a command patch (quantity in thousandths, rates in bps). */
export function draftPatch(draft: LineDraft, currency: string): LinePatch {
  const patch: LinePatch = {};
  const quantity = draft.quantity === undefined ? undefined : parseQuantityInput(draft.quantity);
  const unitPrice =
    draft.unitPrice === undefined ? undefined : parseMoneyInput(draft.unitPrice, currency);
  const discount = draft.discount === undefined ? undefined : parsePercentInput(draft.discount);
  const tax = draft.tax === undefined ? undefined : parsePercentInput(draft.tax);
  if (quantity !== undefined) patch.quantity = quantity / 1000;
  if (unitPrice !== undefined) patch.unitPrice = unitPrice;
  if (discount !== undefined) patch.discountBps = discount;
  if (tax !== undefined) patch.taxRateBps = tax;
  return patch;
}

/** The lines as they would be with the drafts saved, so totals move while the person types. */
export function previewLines(
  lines: readonly LineItem[],
  drafts: Readonly<Record<string, LineDraft>>,
  currency: string,
): LineItem[] {
  return lines.map((line) => {
    const draft = drafts[line.id];
    if (!draft) return line;
    const patch = draftPatch(draft, currency);
    return {
      ...line,
      quantityMilli:
        patch.quantity === undefined ? line.quantityMilli : Math.round(patch.quantity * 1000),
      unitPrice: patch.unitPrice ?? line.unitPrice,
      discountBps: patch.discountBps ?? line.discountBps,
      taxRateBps: patch.taxRateBps ?? line.taxRateBps,
    };
  });
}
