import { useTranslation } from 'react-i18next';
import { addressLine } from '../../../../shared/domain/addressLines.ts';
import { formatPhone } from '../../../../shared/text/formatPhone.ts';
import type { QuoteDocumentModel } from '../../../data/index.ts';
import { formatDocumentDate } from '../../../i18n/formatDocumentDate.ts';
import { DocumentLines } from './DocumentLines.tsx';
import { DocumentSeller, sellerName } from './DocumentSeller.tsx';
import classes from './QuoteDocument.module.css';

/**
 * The standardized quote document, in the quote's own language whatever the UI language is:
 * company header, customer, lines, totals, terms, validity and the signature block. The same
 * HTML is printed to PDF on the desktop and in the browser.
 */
export function QuoteDocument({ model }: { model: QuoteDocumentModel }) {
  const { i18n } = useTranslation();
  const language = model.language;
  const t = i18n.getFixedT(language, undefined, 'quotes.document');
  const { quote, customer, company, acceptance, contract } = model;
  const date = (iso: string) => formatDocumentDate(iso, language);
  const address = customer.address ? addressLine(customer.address, language) : '';

  return (
    <article className={classes.sheet} lang={language} aria-label={t('title')}>
      <header className={classes.header}>
        <DocumentSeller
          company={company}
          language={language}
          taxIdLabel={(value) => t('taxId', { value })}
        />
        <div className={classes.docTitle}>
          <h1>{t('title')}</h1>
          <div className={classes.meta}>
            <span className={classes.muted}>{t('number')}</span>
            <strong>{quote.number}</strong>
            <span className={classes.muted}>{t('version')}</span>
            <span>{quote.version}</span>
            <span className={classes.muted}>{t('issuedOn')}</span>
            <span>{date(quote.issuedOn)}</span>
            <span className={classes.muted}>{t('validUntil')}</span>
            <strong>{date(quote.validUntil)}</strong>
          </div>
        </div>
      </header>

      <section className={classes.parties}>
        <div>
          <p className={classes.blockTitle}>{t('customer')}</p>
          <div style={{ fontWeight: 700, fontSize: '11pt' }}>{customer.name}</div>
          {address && <div>{address}</div>}
          {customer.taxId && (
            <div className={classes.muted}>{t('taxId', { value: customer.taxId })}</div>
          )}
          {customer.phone && <div className={classes.muted}>{formatPhone(customer.phone)}</div>}
          {customer.email && <div className={classes.muted}>{customer.email}</div>}
        </div>
        {customer.contact && (
          <div>
            <p className={classes.blockTitle}>{t('contact')}</p>
            <div style={{ fontWeight: 600 }}>{customer.contact.name}</div>
            {customer.contact.title && <div>{customer.contact.title}</div>}
            {customer.contact.email && (
              <div className={classes.muted}>{customer.contact.email}</div>
            )}
            {customer.contact.phone && (
              <div className={classes.muted}>{formatPhone(customer.contact.phone)}</div>
            )}
          </div>
        )}
      </section>

      <DocumentLines
        lines={model.lines}
        orderDiscountBps={quote.orderDiscountBps}
        currency={quote.currency}
        language={language}
        sellerCountry={company.country}
        customerCountry={customer.country}
        t={t}
      />

      <section className={classes.section}>
        <p className={classes.blockTitle}>{t('terms')}</p>
        <p className={classes.terms}>
          {t('validity', { date: date(quote.validUntil) })}
          {quote.paymentTermsDays !== undefined &&
            ` ${t('payment', { days: quote.paymentTermsDays })}`}
        </p>
        {quote.terms && <p className={classes.terms}>{quote.terms}</p>}
      </section>

      {contract && (
        <section className={classes.section}>
          <p className={classes.blockTitle}>{t('contract')}</p>
          <p className={classes.terms}>
            {t('contractTerm', {
              number: acceptance?.contractNumber ?? quote.number,
              from: date(contract.startsOn),
              to: date(contract.endsOn),
              days: contract.paymentTermsDays,
            })}
          </p>
        </section>
      )}

      <section className={classes.signature} aria-label={t('acceptance')}>
        <div className={classes.signBox}>
          <p className={classes.blockTitle}>
            {t('forSeller', { name: sellerName(company, language) })}
          </p>
        </div>
        <div className={classes.signBox}>
          <p className={classes.blockTitle}>{t('forCustomer', { name: customer.name })}</p>
          {acceptance ? (
            <>
              {acceptance.signatureDataUrl && (
                <img
                  className={classes.signatureImage}
                  src={acceptance.signatureDataUrl}
                  alt={t('signatureOf', { name: acceptance.signedBy })}
                />
              )}
              <div>
                {acceptance.signedBy}
                {acceptance.signerTitle ? `, ${acceptance.signerTitle}` : ''}
              </div>
              <div className={classes.muted}>
                {t('signedAt', {
                  date: new Intl.DateTimeFormat(language, {
                    dateStyle: 'long',
                    timeStyle: 'short',
                    timeZone: 'UTC',
                  }).format(new Date(acceptance.signedAt)),
                })}
              </div>
            </>
          ) : (
            <div className={classes.muted}>{t('signHere')}</div>
          )}
        </div>
      </section>
    </article>
  );
}
