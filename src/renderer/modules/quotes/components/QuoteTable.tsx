import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../../shared/domain/quote.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { useAccountNames } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { paths } from '../../../routes.tsx';
import { DocumentNumberLink } from '../../../ui/DocumentNumberLink.tsx';
import { AccountNameLink } from '../../accounts/components/AccountNameLink.tsx';
import { QuoteStatusBadge } from './QuoteStatusBadge.tsx';

/** Quotes with their customer, version, status, total and validity; the number opens the builder. */
export function QuoteTable({ rows, showAccount = true }: { rows: Quote[]; showAccount?: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const accountNames = useAccountNames();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('quotes.list.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('quotes.list.number')}</Table.Th>
            {showAccount && <Table.Th>{t('quotes.list.account')}</Table.Th>}
            <Table.Th>{t('quotes.list.status')}</Table.Th>
            <Table.Th ta="right">{t('quotes.totals.total')}</Table.Th>
            <Table.Th>{t('quotes.terms.validUntil')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((quote) => (
            <Table.Tr key={quote.id}>
              <Table.Td>
                <DocumentNumberLink to={paths.quote(quote.id)}>
                  {t('quotes.list.numberVersion', { number: quote.number, version: quote.version })}
                </DocumentNumberLink>
              </Table.Td>
              {showAccount && (
                <Table.Td fz="sm">
                  <AccountNameLink
                    accountId={quote.accountId}
                    name={accountNames.get(quote.accountId)}
                  />
                </Table.Td>
              )}
              <Table.Td>
                <QuoteStatusBadge status={quote.status} />
              </Table.Td>
              <Table.Td ta="right" fz="sm">
                {formatMoney(
                  { amount: quote.totals.total, currency: quote.currency },
                  i18n.language,
                )}
              </Table.Td>
              <Table.Td fz="sm">{format.date(quote.validUntil)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
