import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { useAccountCredit, useInvoices } from '../../../data/index.ts';
import { SectionCard } from '../../../ui/SectionCard.tsx';
import { InvoiceTable } from './InvoiceTable.tsx';

/** A customer's invoices, open balance and unused credit, on the account page. */
export function AccountInvoicesSection({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation();
  const { rows } = useInvoices({ accountId });
  const credits = useAccountCredit(accountId);
  const open = new Map<string, number>();
  for (const row of rows) {
    if (
      row.balanceDue > 0 &&
      ['issued', 'partially_paid', 'overdue'].includes(row.invoice.status)
    ) {
      open.set(row.invoice.currency, (open.get(row.invoice.currency) ?? 0) + row.balanceDue);
    }
  }
  const money = (amount: number, currency: string) =>
    formatMoney({ amount, currency }, i18n.language);
  return (
    <SectionCard title={t('invoices.account.title')}>
      <Stack gap="sm">
        {(open.size > 0 || credits.length > 0) && (
          <Group gap="xs">
            {[...open].map(([currency, amount]) => (
              <Badge key={`open-${currency}`} variant="light" color="orange">
                {t('invoices.account.openBalance', { amount: money(amount, currency) })}
              </Badge>
            ))}
            {credits.map((credit) => (
              <Badge key={`credit-${credit.currency}`} variant="light" color="teal">
                {t('invoices.account.credit', { amount: money(credit.amount, credit.currency) })}
              </Badge>
            ))}
          </Group>
        )}
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('invoices.account.empty')}
          </Text>
        ) : (
          <InvoiceTable rows={rows} showAccount={false} label={t('invoices.account.title')} />
        )}
      </Stack>
    </SectionCard>
  );
}
