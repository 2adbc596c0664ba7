import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../../shared/domain/addressLines.ts';
import type { LineItem } from '../../../../shared/domain/lineItemSchema.ts';
import {
  computeQuoteTotals,
  lineAmount,
  printedTotals,
} from '../../../../shared/money/computeQuoteTotals.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { formatQuantity } from '../../../../shared/money/quantity.ts';
import { zeroRatingReason } from '../../../../shared/quotes/crossBorderVat.ts';
import { percentInputText } from '../utils/decimalText.ts';
import classes from './QuoteDocument.module.css';

export type DocumentLinesProps = {
  lines: ReadonlyArray<
    Pick<
      LineItem,
      | 'id'
      | 'description'
      | 'sku'
      | 'unit'
      | 'quantityMilli'
      | 'unitPrice'
      | 'discountBps'
      | 'taxRateBps'
    >
  >;
  orderDiscountBps: number;
  currency: string;
  language: string;
  /** The seller's and the customer's countries: a sale abroad says why its 0 % lines carry no VAT. */
  sellerCountry?: string | undefined;
  customerCountry?: string | undefined;
  /**
   * The document's own strings (`quotes.document`, `invoices.document`): item, quantity,
   * unitPrice, discount, taxRate, amount, subtotal, orderDiscount, tax, total and zeroRated.
   */
  t: TFunction;
  /** Rows under the total (an invoice's payments and balance). */
  children?: ReactNode;
};

/**
 * The lines and totals of a printed quote or invoice: each line's amount after its own
 * discount, a subtotal that sums them, the order discount on its own row, tax and total (the
 * figures `DocumentTotals` shows on screen).
 */
export function DocumentLines({
  lines,
  orderDiscountBps,
  currency,
  language,
  sellerCountry,
  customerCountry,
  t,
  children,
}: DocumentLinesProps) {
  const { i18n } = useTranslation();
  const unitOf = i18n.getFixedT(language, undefined, 'quotes.document.units');
  const priced = computeQuoteTotals({ lines, orderDiscountBps, currency });
  const totals = printedTotals(priced);
  const money = (amount: number) => formatMoney({ amount, currency }, language);
  const zeroRating = zeroRatingReason({ sellerCountry, customerCountry, lines });
  return (
    <>
      <table className={classes.lines}>
        <thead>
          <tr>
            <th>#</th>
            <th>{t('item')}</th>
            <th className={classes.num}>{t('quantity')}</th>
            <th className={classes.num}>{t('unitPrice')}</th>
            <th className={classes.num}>{t('discount')}</th>
            <th className={classes.num}>{t('taxRate')}</th>
            <th className={classes.num}>{t('amount')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={line.id}>
              <td>{index + 1}</td>
              <td>
                <div>{line.description}</div>
                {line.sku && <div className={classes.muted}>{line.sku}</div>}
              </td>
              <td className={classes.num}>
                {formatQuantity(line.quantityMilli, language)}
                {line.unit ? ` ${unitOf(line.unit, { defaultValue: line.unit })}` : ''}
              </td>
              <td className={classes.num}>{money(line.unitPrice)}</td>
              <td className={classes.num}>
                {line.discountBps > 0 ? `${percentInputText(line.discountBps)}%` : '—'}
              </td>
              <td className={classes.num}>{percentInputText(line.taxRateBps)}%</td>
              <td className={classes.num}>
                {money(priced.lines[index] ? lineAmount(priced.lines[index]) : 0)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <table className={classes.totals}>
        <tbody>
          <tr>
            <td>{t('subtotal')}</td>
            <td className={classes.num}>{money(totals.subtotal)}</td>
          </tr>
          {orderDiscountBps > 0 && (
            <tr>
              <td>{t('orderDiscount', { value: percentInputText(orderDiscountBps) })}</td>
              <td className={classes.num}>
                {totals.orderDiscount > 0 ? `-${money(totals.orderDiscount)}` : money(0)}
              </td>
            </tr>
          )}
          <tr>
            <td>{t('tax')}</td>
            <td className={classes.num}>{money(totals.tax)}</td>
          </tr>
          <tr className={classes.grandTotal}>
            <td>{t('total', { currency })}</td>
            <td className={classes.num}>{money(totals.total)}</td>
          </tr>
          {children}
        </tbody>
      </table>

      {zeroRating && sellerCountry && (
        <p className={classes.taxNote}>
          {t(`zeroRated.${zeroRating}`, { country: countryName(sellerCountry, language) })}
        </p>
      )}
    </>
  );
}
