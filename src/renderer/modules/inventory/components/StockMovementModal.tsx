import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDecimal } from '../../../../shared/money/parseDecimal.ts';
import { quantityScale } from '../../../../shared/money/quantity.ts';
import type { StockMovementInput } from '../../../data/index.ts';

export type StockMovementKindChoice = 'receipt' | 'adjustment';

export type StockMovementModalProps = {
  kind: StockMovementKindChoice | undefined;
  productName: string;
  onClose: () => void;
  /** Books the movement; the dialog stays open when this resolves `false`. */
  onSubmit: (kind: StockMovementKindChoice, input: StockMovementInput) => Promise<boolean>;
};

const dialogKeys = {
  receipt: 'inventory.receiptDialog',
  adjustment: 'inventory.adjustmentDialog',
} as const;

/** Books goods in (a positive quantity) or a count correction (either sign) with a reference. */
export function StockMovementModal(props: StockMovementModalProps) {
  const { t } = useTranslation();
  const keys = props.kind ? dialogKeys[props.kind] : dialogKeys.receipt;
  return (
    <Modal
      opened={props.kind !== undefined}
      onClose={props.onClose}
      title={t(`${keys}.title`, { name: props.productName })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      {props.kind && <MovementForm {...props} kind={props.kind} />}
    </Modal>
  );
}

function MovementForm({
  kind,
  onClose,
  onSubmit,
}: StockMovementModalProps & { kind: StockMovementKindChoice }) {
  const { t } = useTranslation();
  const keys = dialogKeys[kind];
  const [quantity, setQuantity] = useState('');
  const [reference, setReference] = useState('');
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);

  const text = quantity.trim();
  const value = parseDecimal(text, quantityScale);
  const quantityError =
    value === undefined
      ? t('inventory.form.invalidQuantity')
      : kind === 'receipt' && value <= 0
        ? t('inventory.form.positive')
        : value === 0
          ? t('inventory.form.nonZero')
          : undefined;
  const referenceError =
    reference.trim() === '' ? t('inventory.form.referenceRequired') : undefined;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (quantityError || referenceError || value === undefined) return;
    setSaving(true);
    try {
      if (await onSubmit(kind, { quantityMilli: value, reference: reference.trim() })) onClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t(`${keys}.quantity`)}
          inputMode="decimal"
          required
          value={quantity}
          error={tried ? quantityError : undefined}
          onChange={(event) => setQuantity(event.currentTarget.value)}
          data-autofocus
        />
        <TextInput
          label={t(`${keys}.reference`)}
          required
          maxLength={100}
          value={reference}
          error={tried ? referenceError : undefined}
          onChange={(event) => setReference(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t(`${keys}.submit`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
