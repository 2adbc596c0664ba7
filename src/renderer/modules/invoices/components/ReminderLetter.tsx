import { useTranslation } from 'react-i18next';
import { addressLine } from '../../../../shared/domain/addressLines.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import type { ReminderLetterModel } from '../../../data/index.ts';
import { formatDocumentDate } from '../../../i18n/formatDocumentDate.ts';
import { DocumentSeller, sellerName } from '../../quotes/components/DocumentSeller.tsx';
import classes from './ReminderLetter.module.css';

function formatDate(iso: string | undefined, language: string): string {
  return iso ? formatDocumentDate(iso, language) : '—';
}

/**
 * The printable payment reminder for one invoice at its dunning level (reminder, second
 * reminder, final notice), in the UI language, on the same A4 sheet as the quote document.
 */
export function ReminderLetter({ model }: { model: ReminderLetterModel }) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const t = i18n.getFixedT(language, undefined, 'invoices.letter');
  const { company, account, row, level, today } = model;
  const { invoice } = row;
  const money = (amount: number) => formatMoney({ amount, currency: invoice.currency }, language);
  const date = (iso: string | undefined) => formatDate(iso, language);
  const customer = account?.name ?? '';
  const address = account?.address ? addressLine(account.address, language) : '';
  const params = {
    number: invoice.number,
    issuedOn: date(invoice.issuedOn),
    dueOn: date(invoice.dueOn),
    balance: money(row.balanceDue),
    days: row.daysOverdue,
  };
  return (
    <article className={classes.sheet} lang={language} aria-label={t(`titles.${level}`)}>
      <header className={classes.header}>
        <DocumentSeller
          company={company}
          language={language}
          taxIdLabel={(value) => t('taxId', { value })}
        />
        <div>
          <h1 className={classes.title}>{t(`titles.${level}`)}</h1>
          <div className={classes.muted} style={{ textAlign: 'right' }}>
            {t('date')}: {date(today)}
          </div>
        </div>
      </header>
      <section className={classes.recipient}>
        <div className={classes.muted}>{t('to')}</div>
        <div style={{ fontWeight: 700, fontSize: '12pt' }}>{customer}</div>
        {address && <div>{address}</div>}
      </section>
      <p>{t('greeting', { name: customer })}</p>
      <p>{t(`body.${level}`, params)}</p>
      <table className={classes.facts}>
        <tbody>
          <tr>
            <th scope="row">{t('invoice')}</th>
            <td>{invoice.number}</td>
          </tr>
          <tr>
            <th scope="row">{t('issuedOn')}</th>
            <td>{date(invoice.issuedOn)}</td>
          </tr>
          <tr>
            <th scope="row">{t('dueOn')}</th>
            <td>{date(invoice.dueOn)}</td>
          </tr>
          <tr>
            <th scope="row">{t('daysOverdue')}</th>
            <td>{row.daysOverdue}</td>
          </tr>
          <tr>
            <th scope="row">{t('total')}</th>
            <td>{money(invoice.totals.total)}</td>
          </tr>
          <tr>
            <th scope="row">{t('paid')}</th>
            <td>{money(row.paid)}</td>
          </tr>
          <tr className={classes.due}>
            <th scope="row">{t('balance')}</th>
            <td>{money(row.balanceDue)}</td>
          </tr>
        </tbody>
      </table>
      <p className={classes.muted}>{t('paidAlready')}</p>
      <div className={classes.signature}>
        <div>{t('closing')}</div>
        <div style={{ fontWeight: 700, marginTop: '4mm' }}>{sellerName(company, language)}</div>
      </div>
    </article>
  );
}
