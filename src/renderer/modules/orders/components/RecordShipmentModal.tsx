import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/domain/order.ts';
import { formatQuantity } from '../../../../shared/money/quantity.ts';
import { remainingToShip } from '../../../../shared/orders/shipments.ts';
import { type ShipmentInput, useInventory } from '../../../data/index.ts';
import { parseQuantityInput, quantityInputText } from '../../quotes/utils/decimalText.ts';

export type RecordShipmentModalProps = {
  order: Order;
  opened: boolean;
  today: string;
  onClose: () => void;
  /** Saves the shipment; the dialog stays open when this resolves `false`. */
  onSubmit: (input: ShipmentInput) => Promise<boolean>;
};

type Fields = {
  quantities: Record<string, string>;
  carrier: string;
  trackingNumber: string;
  shippedOn: string;
  deliveredOn: string;
  note: string;
};

/** Ships some or all of what is left: a quantity per line (up to what remains), carrier, tracking, dates. */
export function RecordShipmentModal(props: RecordShipmentModalProps) {
  const { t } = useTranslation();
  const { order } = props;
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('orders.shipDialog.title', { number: order.number })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      centered
    >
      {props.opened && <ShipmentForm {...props} />}
    </Modal>
  );
}

function ShipmentForm({ order, today, onClose, onSubmit }: RecordShipmentModalProps) {
  const { t, i18n } = useTranslation();
  const remaining = remainingToShip(order);
  // A service is recorded here when it is performed (installation done), not shipped.
  const { services } = useInventory().snapshot;
  const open = order.lines.filter((line) => (remaining[line.id] ?? 0) > 0);
  const [fields, setFields] = useState<Fields>(() => ({
    quantities: Object.fromEntries(
      open.map((line) => [line.id, quantityInputText(remaining[line.id] ?? 0)]),
    ),
    carrier: '',
    trackingNumber: '',
    shippedOn: today,
    deliveredOn: '',
    note: '',
  }));
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);

  const lineError = (lineId: string): string | undefined => {
    const text = fields.quantities[lineId]?.trim() ?? '';
    if (text === '') return undefined;
    const value = parseQuantityInput(text);
    if (value === undefined) return t('orders.shipDialog.invalid');
    const left = remaining[lineId] ?? 0;
    if (value > left) {
      return t('orders.shipDialog.tooMuch', { remaining: formatQuantity(left, i18n.language) });
    }
    return undefined;
  };
  const lines = open
    .map((line) => ({
      orderLineId: line.id,
      quantityMilli: parseQuantityInput(fields.quantities[line.id]?.trim() || '0') ?? 0,
    }))
    .filter((line) => line.quantityMilli > 0);
  const hasErrors = open.some((line) => lineError(line.id) !== undefined);
  const nothing = lines.length === 0;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (hasErrors || nothing) return;
    setSaving(true);
    try {
      const saved = await onSubmit({
        lines,
        carrier: fields.carrier,
        trackingNumber: fields.trackingNumber,
        ...(fields.shippedOn ? { shippedOn: fields.shippedOn } : {}),
        ...(fields.deliveredOn ? { deliveredOn: fields.deliveredOn } : {}),
        note: fields.note,
      });
      if (saved) onClose();
    } finally {
      setSaving(false);
    }
  };

  const set = (patch: Partial<Fields>) => setFields((current) => ({ ...current, ...patch }));
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {open.map((line) => (
          <TextInput
            key={line.id}
            label={t(
              line.productId && services.has(line.productId)
                ? 'orders.shipDialog.serviceQuantity'
                : 'orders.shipDialog.quantity',
              { item: line.description },
            )}
            description={t('orders.shipDialog.upTo', {
              remaining: formatQuantity(remaining[line.id] ?? 0, i18n.language),
            })}
            inputMode="decimal"
            value={fields.quantities[line.id] ?? ''}
            error={lineError(line.id)}
            onChange={(event) =>
              set({ quantities: { ...fields.quantities, [line.id]: event.currentTarget.value } })
            }
          />
        ))}
        {tried && nothing && !hasErrors && (
          <Text size="sm" c="red" role="alert">
            {t('orders.shipDialog.nothing')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('orders.shipDialog.carrier')}
            value={fields.carrier}
            maxLength={100}
            onChange={(event) => set({ carrier: event.currentTarget.value })}
          />
          <TextInput
            label={t('orders.shipDialog.tracking')}
            value={fields.trackingNumber}
            maxLength={100}
            onChange={(event) => set({ trackingNumber: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('orders.shipDialog.shippedOn')}
            value={fields.shippedOn}
            onChange={(event) => set({ shippedOn: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('orders.shipDialog.deliveredOn')}
            value={fields.deliveredOn}
            onChange={(event) => set({ deliveredOn: event.currentTarget.value })}
          />
        </SimpleGrid>
        <TextInput
          label={t('orders.shipDialog.note')}
          value={fields.note}
          maxLength={1000}
          onChange={(event) => set({ note: event.currentTarget.value })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('orders.shipDialog.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
