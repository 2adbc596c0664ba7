import {
  ActionIcon,
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/domain/product.ts';
import type { DirectOrderInput } from '../../../data/index.ts';
import { parseQuantityInput } from '../../quotes/utils/decimalText.ts';
import { localizedName } from '../../quotes/utils/localizedName.ts';

export type NewOrderModalProps = {
  opened: boolean;
  accountId: string;
  products: Product[];
  onClose: () => void;
  /** Creates the draft order; the dialog stays open when this resolves `false`. */
  onSubmit: (input: DirectOrderInput) => Promise<boolean>;
};

type Row = { key: number; productId: string; quantity: string };

/** A direct order for a customer, without a quote: catalog lines and quantities, one currency. */
export function NewOrderModal(props: NewOrderModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('orders.newOrder.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      centered
    >
      {props.opened && <NewOrderForm {...props} />}
    </Modal>
  );
}

function NewOrderForm({ accountId, products, onClose, onSubmit }: NewOrderModalProps) {
  const { t, i18n } = useTranslation();
  const active = products.filter((product) => product.active);
  const currencies = [
    ...new Set(active.flatMap((product) => product.prices.map((p) => p.currency))),
  ];
  const [currency, setCurrency] = useState(
    currencies.includes('CNY') ? 'CNY' : (currencies[0] ?? 'CNY'),
  );
  const [rows, setRows] = useState<Row[]>([{ key: 1, productId: '', quantity: '1' }]);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const priced = active.filter((product) => product.prices.some((p) => p.currency === currency));

  const rowError = (row: Row): string | undefined => {
    if (!row.productId) return t('orders.newOrder.pickProduct');
    const value = parseQuantityInput(row.quantity);
    return value === undefined || value === 0 ? t('orders.shipDialog.invalid') : undefined;
  };
  const invalid = rows.some((row) => rowError(row) !== undefined);
  const update = (key: number, patch: Partial<Row>) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (invalid) return;
    setSaving(true);
    try {
      const lines = rows.map((row) => ({
        productId: row.productId,
        quantityMilli: parseQuantityInput(row.quantity) ?? 0,
      }));
      if (await onSubmit({ accountId, currency, lines })) onClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <NativeSelect
          label={t('orders.newOrder.currency')}
          value={currency}
          data={currencies.length > 0 ? currencies : ['CNY']}
          onChange={(event) => setCurrency(event.currentTarget.value)}
          maw={160}
        />
        {priced.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('orders.newOrder.noProducts')}
          </Text>
        )}
        {rows.map((row, index) => (
          <Group key={row.key} align="flex-start" gap="sm" wrap="nowrap">
            <NativeSelect
              style={{ flex: 1 }}
              label={t('orders.newOrder.product', { line: index + 1 })}
              value={row.productId}
              error={tried && !row.productId ? t('orders.newOrder.pickProduct') : undefined}
              data={[
                { value: '', label: '—' },
                ...priced.map((product) => ({
                  value: product.id,
                  label: `${product.sku} · ${localizedName(product.name, i18n.language)}`,
                })),
              ]}
              onChange={(event) => update(row.key, { productId: event.currentTarget.value })}
            />
            <TextInput
              w={120}
              label={t('orders.newOrder.quantity', { line: index + 1 })}
              inputMode="decimal"
              value={row.quantity}
              error={tried && row.productId ? rowError(row) : undefined}
              onChange={(event) => update(row.key, { quantity: event.currentTarget.value })}
            />
            <ActionIcon
              mt={28}
              variant="subtle"
              color="red"
              disabled={rows.length === 1}
              aria-label={t('orders.newOrder.removeLine', { line: index + 1 })}
              onClick={() => setRows((all) => all.filter((other) => other.key !== row.key))}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group justify="space-between">
          <Button
            variant="subtle"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() =>
              setRows((all) => [
                ...all,
                { key: Math.max(...all.map((row) => row.key)) + 1, productId: '', quantity: '1' },
              ])
            }
          >
            {t('orders.newOrder.addLine')}
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('orders.newOrder.submit')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
