import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import type { ContractRow } from '../../../data/index.ts';
import { useAccountNames } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { paths } from '../../../routes.tsx';
import { DocumentNumberLink } from '../../../ui/DocumentNumberLink.tsx';
import { AccountNameLink } from '../../accounts/components/AccountNameLink.tsx';
import { ContractStatusBadge } from './ContractStatusBadge.tsx';

/** Signed contracts: number, customer, term, payment terms, value and whether they run out soon. */
export function ContractTable({ rows }: { rows: ContractRow[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const accountNames = useAccountNames();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('contracts.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contracts.columns.number')}</Table.Th>
            <Table.Th>{t('quotes.list.account')}</Table.Th>
            <Table.Th>{t('contracts.columns.term')}</Table.Th>
            <Table.Th>{t('contracts.columns.renewal')}</Table.Th>
            <Table.Th>{t('quotes.terms.paymentTermsDays')}</Table.Th>
            <Table.Th ta="right">{t('quotes.totals.total')}</Table.Th>
            <Table.Th>{t('contracts.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ quote, status }) => (
            <Table.Tr key={quote.id}>
              <Table.Td>
                <DocumentNumberLink to={paths.quote(quote.id)}>
                  {quote.acceptance?.contractNumber ?? quote.number}
                </DocumentNumberLink>
              </Table.Td>
              <Table.Td fz="sm">
                <AccountNameLink
                  accountId={quote.accountId}
                  name={accountNames.get(quote.accountId)}
                />
              </Table.Td>
              <Table.Td fz="sm">
                {quote.contract
                  ? `${format.date(quote.contract.startsOn)} – ${format.date(quote.contract.endsOn)}`
                  : t('common.notSet')}
              </Table.Td>
              <Table.Td fz="sm">
                {quote.contract?.renewalOn
                  ? format.date(quote.contract.renewalOn)
                  : t('common.notSet')}
              </Table.Td>
              <Table.Td fz="sm">
                {t('contracts.net', { days: quote.contract?.paymentTermsDays ?? 0 })}
              </Table.Td>
              <Table.Td ta="right" fz="sm">
                {formatMoney(
                  { amount: quote.totals.total, currency: quote.currency },
                  i18n.language,
                )}
              </Table.Td>
              <Table.Td>
                <ContractStatusBadge status={status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
