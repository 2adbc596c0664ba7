import {
  ActionIcon,
  Box,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineItem } from '../../../../shared/domain/lineItemSchema.ts';
import type { Order } from '../../../../shared/domain/order.ts';
import { computeQuoteTotals, lineAmount } from '../../../../shared/money/computeQuoteTotals.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { formatQuantity } from '../../../../shared/money/quantity.ts';
import { useOrderCommands, useProducts } from '../../../data/index.ts';
import { DocumentTotals } from '../../quotes/components/DocumentTotals.tsx';
import { parseQuantityInput, percentInputText } from '../../quotes/utils/decimalText.ts';
import { localizedName } from '../../quotes/utils/localizedName.ts';
import { useOrderAction } from '../hooks/useOrderAction.ts';

// A quantity field that saves when it loses focus or on Enter, if it changed and is valid.
function QuantityField({
  line,
  disabled,
  onSave,
}: {
  line: LineItem;
  disabled: boolean;
  onSave: (quantityMilli: number) => void;
}) {
  const { t } = useTranslation();
  const shown = formatQuantity(line.quantityMilli, 'en').replaceAll(',', '');
  const [text, setText] = useState(shown);
  const [seen, setSeen] = useState(line.quantityMilli);
  if (seen !== line.quantityMilli) {
    // The stored quantity changed (saved here, or synced from elsewhere): show it.
    setSeen(line.quantityMilli);
    setText(shown);
  }
  const value = parseQuantityInput(text);
  const invalid = value === undefined || value === 0;
  const commit = () => {
    if (!invalid && value !== line.quantityMilli) onSave(value);
  };
  return (
    <TextInput
      size="xs"
      w={110}
      ml="auto"
      inputMode="decimal"
      aria-label={t('orders.draft.quantityOf', { item: line.description })}
      value={text}
      disabled={disabled}
      error={invalid ? t('orders.shipDialog.invalid') : undefined}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      styles={{ input: { textAlign: 'right' } }}
    />
  );
}

/**
 * A draft order's lines, still open to change: quantities typed in place, lines removed, catalog
 * products added at the customer's price; every change is saved at once and re-totalled.
 */
export function DraftOrderLinesEditor({ order }: { order: Order }) {
  const { t, i18n } = useTranslation();
  const commands = useOrderCommands();
  const { run, busy } = useOrderAction();
  const { rows: products } = useProducts({ activeOnly: true });
  const priced = products.filter((product) =>
    product.prices.some((price) => price.currency === order.currency),
  );
  const [productId, setProductId] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [tried, setTried] = useState(false);
  const totals = computeQuoteTotals(order);
  const amounts = new Map(
    totals.lines.map((line, index) => [order.lines[index]?.id, lineAmount(line)]),
  );
  const discounted = order.lines.some((line) => line.discountBps > 0);
  const money = (amount: number) =>
    formatMoney({ amount, currency: order.currency }, i18n.language);
  const addQuantity = parseQuantityInput(quantity);
  const addInvalid = !productId || addQuantity === undefined || addQuantity === 0;

  const handleAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (addInvalid) return;
    const added = await run(
      () => commands.addLine(order.id, { productId, quantityMilli: addQuantity }),
      () => t('orders.draft.lineAdded'),
    );
    if (added) {
      setProductId('');
      setQuantity('1');
      setTried(false);
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('orders.draft.hint')}
      </Text>
      {order.lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('orders.draft.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" aria-label={t('orders.lines.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('orders.lines.description')}</Table.Th>
                <Table.Th ta="right">{t('orders.lines.ordered')}</Table.Th>
                <Table.Th ta="right">{t('orders.lines.unitPrice')}</Table.Th>
                {discounted && <Table.Th ta="right">{t('orders.lines.discount')}</Table.Th>}
                <Table.Th ta="right">{t('orders.lines.amount')}</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {order.lines.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {line.description}
                    </Text>
                    {line.sku && (
                      <Text size="xs" c="dimmed">
                        {line.sku}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <QuantityField
                      line={line}
                      disabled={busy}
                      onSave={(quantityMilli) =>
                        void run(
                          () => commands.changeLineQuantity(order.id, line.id, quantityMilli),
                          () => t('orders.draft.quantityChanged'),
                        )
                      }
                    />
                  </Table.Td>
                  <Table.Td ta="right" fz="sm">
                    {money(line.unitPrice)}
                  </Table.Td>
                  {discounted && (
                    <Table.Td ta="right" fz="sm">
                      {line.discountBps > 0 ? `${percentInputText(line.discountBps)}%` : '—'}
                    </Table.Td>
                  )}
                  <Table.Td ta="right" fz="sm">
                    {money(amounts.get(line.id) ?? 0)}
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      disabled={busy}
                      aria-label={t('orders.draft.removeLine', { item: line.description })}
                      onClick={() =>
                        void run(
                          () => commands.removeLine(order.id, line.id),
                          () => t('orders.draft.lineRemoved'),
                        )
                      }
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <form onSubmit={(event) => void handleAdd(event)} noValidate>
        <Group align="flex-start" gap="sm">
          <NativeSelect
            style={{ flex: 1, minWidth: 220 }}
            label={t('orders.draft.addProduct')}
            value={productId}
            error={tried && !productId ? t('orders.newOrder.pickProduct') : undefined}
            data={[
              { value: '', label: '—' },
              ...priced.map((product) => ({
                value: product.id,
                label: `${product.sku} · ${localizedName(product.name, i18n.language)}`,
              })),
            ]}
            onChange={(event) => setProductId(event.currentTarget.value)}
          />
          <TextInput
            w={120}
            label={t('orders.draft.addQuantity')}
            inputMode="decimal"
            value={quantity}
            error={
              tried && (addQuantity === undefined || addQuantity === 0)
                ? t('orders.shipDialog.invalid')
                : undefined
            }
            onChange={(event) => setQuantity(event.currentTarget.value)}
          />
          <Button
            type="submit"
            mt={25}
            variant="light"
            loading={busy}
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t('orders.draft.addLine')}
          </Button>
        </Group>
      </form>
      <Box maw={360} w="100%" ml="auto">
        <DocumentTotals
          totals={totals}
          currency={order.currency}
          orderDiscountBps={order.orderDiscountBps}
          testIdPrefix="order"
        />
      </Box>
    </Stack>
  );
}
