import { Divider, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type PrintedTotals, printedTotals } from '../../../../shared/money/computeQuoteTotals.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { percentInputText } from '../utils/decimalText.ts';

export type DocumentTotalsProps = {
  /** The document's priced lines and totals (`computeQuoteTotals`). */
  totals: Parameters<typeof printedTotals>[0];
  currency: string;
  orderDiscountBps: number;
  /** Names the figures for tests and the e2e: `${testIdPrefix}-subtotal`, `-total`... */
  testIdPrefix: 'quote' | 'order' | 'invoice';
};

/**
 * Subtotal (the sum of the line amounts shown above it), the order discount when there is one,
 * tax and total, in the document's currency: the same figures the printed quote shows.
 */
export function DocumentTotals({
  totals,
  currency,
  orderDiscountBps,
  testIdPrefix,
}: DocumentTotalsProps) {
  const { t, i18n } = useTranslation();
  const printed = printedTotals(totals);
  const money = (amount: number) => formatMoney({ amount, currency }, i18n.language);
  const row = (key: keyof PrintedTotals, label: string, value: string, strong = false) => (
    <Group justify="space-between" gap="md" wrap="nowrap">
      <Text size={strong ? 'md' : 'sm'} fw={strong ? 700 : 500} c={strong ? undefined : 'dimmed'}>
        {label}
      </Text>
      <Text
        size={strong ? 'lg' : 'sm'}
        fw={strong ? 700 : 500}
        data-testid={`${testIdPrefix}-${key}`}
      >
        {value}
      </Text>
    </Group>
  );
  return (
    <Stack gap={6} aria-live="polite">
      {row('subtotal', t('quotes.totals.subtotal'), money(printed.subtotal))}
      {orderDiscountBps > 0 &&
        row(
          'orderDiscount',
          t('quotes.totals.orderDiscountOf', { value: percentInputText(orderDiscountBps) }),
          printed.orderDiscount === 0 ? money(0) : `−${money(printed.orderDiscount)}`,
        )}
      {row('tax', t('quotes.totals.tax'), money(printed.tax))}
      <Divider my={4} />
      {row('total', t('quotes.totals.total'), money(printed.total), true)}
    </Stack>
  );
}
