import { useTranslation } from 'react-i18next';
import { addressLine } from '../../../../shared/domain/addressLines.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import type { InvoiceDocumentModel } from '../../../data/index.ts';
import { formatDocumentDate } from '../../../i18n/formatDocumentDate.ts';
import { DocumentLines } from '../../quotes/components/DocumentLines.tsx';
import { DocumentSeller } from '../../quotes/components/DocumentSeller.tsx';
import classes from '../../quotes/components/QuoteDocument.module.css';
import { percentInputText } from '../../quotes/utils/decimalText.ts';

/**
 * The invoice as the customer receives it, in the UI language, on the quote document's A4 sheet
 * (CJK fonts): seller, customer, lines with the same figures as the screen, what is paid and
 * what is still due, and how to pay.
 */
export function InvoiceDocument({
  model,
  orderNumber,
}: {
  model: InvoiceDocumentModel;
  orderNumber?: string;
}) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const t = i18n.getFixedT(language, undefined, 'invoices.document');
  const { company, account, row } = model;
  const { invoice } = row;
  const money = (amount: number) => formatMoney({ amount, currency: invoice.currency }, language);
  const date = (iso: string) => formatDocumentDate(iso, language);
  const billTo = invoice.billTo ?? account?.address;
  const title = invoice.status === 'draft' ? t('draftTitle') : t('title');

  return (
    <article className={classes.sheet} lang={language} aria-label={title}>
      <header className={classes.header}>
        <DocumentSeller
          company={company}
          language={language}
          taxIdLabel={(value) => t('taxId', { value })}
        />
        <div className={classes.docTitle}>
          <h1>{title}</h1>
          <div className={classes.meta}>
            <span className={classes.muted}>{t('number')}</span>
            <strong>
              {invoice.number}
              {row.provisional ? ` (${t('provisional')})` : ''}
            </strong>
            {invoice.issuedOn && (
              <>
                <span className={classes.muted}>{t('issuedOn')}</span>
                <span>{date(invoice.issuedOn)}</span>
              </>
            )}
            {invoice.dueOn && (
              <>
                <span className={classes.muted}>{t('dueOn')}</span>
                <strong>{date(invoice.dueOn)}</strong>
              </>
            )}
            {orderNumber && (
              <>
                <span className={classes.muted}>{t('order')}</span>
                <span>{orderNumber}</span>
              </>
            )}
            {invoice.paymentTermsDays !== undefined && (
              <>
                <span className={classes.muted}>{t('terms')}</span>
                <span>{t('termsDays', { count: invoice.paymentTermsDays })}</span>
              </>
            )}
          </div>
        </div>
      </header>

      <section className={classes.parties}>
        <div>
          <p className={classes.blockTitle}>{t('billTo')}</p>
          <div style={{ fontWeight: 700, fontSize: '11pt' }}>{account?.name ?? ''}</div>
          {billTo && <div>{addressLine(billTo, language)}</div>}
          {account?.taxId && (
            <div className={classes.muted}>{t('taxId', { value: account.taxId })}</div>
          )}
        </div>
        {invoice.milestone && (
          <div>
            <p className={classes.blockTitle}>{t('order')}</p>
            <div>
              {t('milestone', {
                label: invoice.milestone.label,
                percent: percentInputText(invoice.milestone.percentBps),
              })}
            </div>
          </div>
        )}
      </section>

      <DocumentLines
        lines={invoice.lines}
        orderDiscountBps={invoice.orderDiscountBps}
        currency={invoice.currency}
        language={language}
        sellerCountry={company.country}
        customerCountry={account?.country ?? billTo?.country}
        t={t}
      >
        {row.paid > 0 && (
          <>
            <tr>
              <td>{t('paid')}</td>
              <td className={classes.num}>-{money(row.paid)}</td>
            </tr>
            <tr className={classes.grandTotal}>
              <td>{t('balance')}</td>
              <td className={classes.num}>{money(row.balanceDue)}</td>
            </tr>
          </>
        )}
      </DocumentLines>

      <section className={classes.section}>
        <p className={classes.terms}>
          {row.balanceDue <= 0 && invoice.status !== 'draft'
            ? t('paidInFull')
            : invoice.dueOn
              ? t('payBy', {
                  balance: money(row.balanceDue),
                  dueOn: date(invoice.dueOn),
                  number: invoice.number,
                })
              : t('payNow', { balance: money(row.balanceDue), number: invoice.number })}
        </p>
      </section>
    </article>
  );
}
