import { Divider, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentTotals } from '../../../../shared/domain/lineItemSchema.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';

/** Subtotal, discount, tax and total of an order, in its currency. */
export function OrderTotals({ totals, currency }: { totals: DocumentTotals; currency: string }) {
  const { t, i18n } = useTranslation();
  const money = (amount: number) => formatMoney({ amount, currency }, i18n.language);
  const row = (key: keyof DocumentTotals, value: string, strong = false) => (
    <Group justify="space-between" gap="md">
      <Text size={strong ? 'md' : 'sm'} fw={strong ? 700 : 500} c={strong ? undefined : 'dimmed'}>
        {t(`orders.totals.${key}`)}
      </Text>
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 700 : 500} data-testid={`order-${key}`}>
        {value}
      </Text>
    </Group>
  );
  return (
    <Stack gap={6} maw={360} ml="auto">
      {row('subtotal', money(totals.subtotal))}
      {row('discount', totals.discount === 0 ? money(0) : `−${money(totals.discount)}`)}
      {row('tax', money(totals.tax))}
      <Divider my={4} />
      {row('total', money(totals.total), true)}
    </Stack>
  );
}
