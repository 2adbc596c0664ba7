import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nextDunningAction } from '../../../../shared/billing/dunning.ts';
import { computeQuoteTotals } from '../../../../shared/money/computeQuoteTotals.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { type InvoiceRow, useAccountNames, useOrderNumber } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { paths } from '../../../routes.tsx';
import { FieldItem } from '../../../ui/FieldItem.tsx';
import { SectionCard } from '../../../ui/SectionCard.tsx';
import { DocumentTotals } from '../../quotes/components/DocumentTotals.tsx';
import { percentInputText } from '../../quotes/utils/decimalText.ts';
import { InvoiceActions } from './InvoiceActions.tsx';
import { InvoiceLinesTable } from './InvoiceLinesTable.tsx';
import { InvoiceNumber } from './InvoiceNumber.tsx';
import { InvoiceStatusBadge } from './InvoiceStatusBadge.tsx';
import { NextActionText } from './NextActionText.tsx';
import { PaymentsTable } from './PaymentsTable.tsx';

/** One invoice: who and what it bills, totals, payments, balance, reminders and the actions. */
export function InvoiceDetail({ row, today }: { row: InvoiceRow; today: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const accountNames = useAccountNames();
  const { invoice } = row;
  // Priced once for the lines and the totals under them.
  const priced = computeQuoteTotals(invoice);
  const orderNumber = useOrderNumber(invoice.orderId);
  const accountName = accountNames.get(invoice.accountId) ?? t('common.notSet');
  const money = (amount: number) =>
    formatMoney({ amount, currency: invoice.currency }, i18n.language);
  const notSet = t('common.notSet');
  const totalRow = (label: string, value: string, strong = false) => (
    <Group justify="space-between" gap="md">
      <Text size="sm" fw={strong ? 700 : 500} c={strong ? undefined : 'dimmed'}>
        {label}
      </Text>
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 700 : 500}>
        {value}
      </Text>
    </Group>
  );
  return (
    <Stack gap="md">
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Group gap="sm">
                <Title order={1} fz={24}>
                  <InvoiceNumber id={invoice.id} number={invoice.number} link={false} />
                </Title>
                <InvoiceStatusBadge status={row.displayStatus} />
              </Group>
              {invoice.provisionalNumber && (
                <Text size="xs" c="dimmed">
                  {t('invoices.provisionalWas', { number: invoice.provisionalNumber })}
                </Text>
              )}
            </Stack>
            <Stack gap={0} align="flex-end">
              <Text size="xs" c="dimmed">
                {t('invoices.detail.balance')}
              </Text>
              <Text
                fz={24}
                fw={700}
                c={row.overdue ? 'red' : undefined}
                data-testid="invoice-balance"
              >
                {money(row.balanceDue)}
              </Text>
              {row.daysOverdue > 0 && (
                <Text size="xs" c="red">
                  {t('invoices.detail.daysOverdue', { count: row.daysOverdue })}
                </Text>
              )}
            </Stack>
          </Group>
          <Group justify="space-between" align="flex-start" gap="sm">
            <InvoiceActions row={row} accountName={accountName} today={today} />
            <Button
              component={Link}
              to={paths.invoiceDocument(invoice.id)}
              variant="default"
              leftSection={<IconFileTypePdf size={16} aria-hidden />}
            >
              {t('invoices.document.open')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <FieldItem label={t('invoices.detail.account')}>
          <Anchor component={Link} to={paths.account(invoice.accountId)} size="sm">
            {accountName}
          </Anchor>
        </FieldItem>
        <FieldItem label={t('invoices.detail.issuedOn')}>
          {invoice.issuedOn ? format.date(invoice.issuedOn) : notSet}
        </FieldItem>
        <FieldItem label={t('invoices.detail.dueOn')}>
          {invoice.dueOn ? format.date(invoice.dueOn) : notSet}
        </FieldItem>
        <FieldItem label={t('invoices.detail.terms')}>
          {invoice.paymentTermsDays === undefined
            ? notSet
            : t('invoices.detail.termsDays', { count: invoice.paymentTermsDays })}
        </FieldItem>
        {invoice.orderId && (
          <FieldItem label={t('invoices.detail.order')}>
            <Anchor component={Link} to={paths.order(invoice.orderId)} size="sm">
              {orderNumber ?? t('invoices.detail.order')}
            </Anchor>
          </FieldItem>
        )}
        {invoice.milestone && (
          <FieldItem label={t('invoices.detail.milestone')}>
            {t('invoices.detail.milestoneValue', {
              label: invoice.milestone.label,
              percent: percentInputText(invoice.milestone.percentBps),
            })}
          </FieldItem>
        )}
      </SimpleGrid>
      {invoice.voidReason && (
        <Text size="sm" c="dimmed">
          {t('invoices.detail.voidReason', { reason: invoice.voidReason })}
        </Text>
      )}
      {invoice.writeOff && (
        <Text size="sm" c="dimmed">
          {t('invoices.detail.writeOffReason', { reason: invoice.writeOff.reason })}
        </Text>
      )}
      <SectionCard title={t('invoices.detail.lines')}>
        <InvoiceLinesTable invoice={invoice} priced={priced} />
        <Stack gap={6} maw={360} ml="auto" mt="md" aria-live="polite">
          <DocumentTotals
            totals={priced}
            currency={invoice.currency}
            orderDiscountBps={invoice.orderDiscountBps}
            testIdPrefix="invoice"
          />
          {totalRow(t('invoices.detail.paid'), money(row.paid))}
          {invoice.writeOff &&
            totalRow(t('invoices.detail.writtenOff'), money(invoice.writeOff.amount.amount))}
          {row.balanceDue < 0
            ? totalRow(t('invoices.detail.credit'), money(-row.balanceDue), true)
            : totalRow(t('invoices.detail.balance'), money(row.balanceDue), true)}
        </Stack>
      </SectionCard>
      <SectionCard title={t('invoices.payments.title')}>
        <PaymentsTable payments={invoice.payments} />
      </SectionCard>
      <SectionCard title={t('invoices.detail.dunning')}>
        <Stack gap={6}>
          {(invoice.dunning ?? []).length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('invoices.detail.noDunning')}
            </Text>
          ) : (
            (invoice.dunning ?? []).map((notice) => (
              <Text size="sm" key={notice.level}>
                {t('invoices.detail.dunningSent', {
                  level: t(`invoices.dunningLevels.${notice.level}`),
                  date: format.dateTime(notice.sentAt),
                })}
              </Text>
            ))
          )}
          <Text size="sm">
            <Text span c="dimmed">
              {t('invoices.detail.nextAction')}:{' '}
            </Text>
            <NextActionText action={nextDunningAction({ invoice, today })} />
          </Text>
        </Stack>
      </SectionCard>
    </Stack>
  );
}
