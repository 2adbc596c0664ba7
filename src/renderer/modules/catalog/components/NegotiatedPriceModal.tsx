import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NegotiatedPrice } from '../../../../shared/domain/account.ts';
import type { Product } from '../../../../shared/domain/product.ts';
import { moneyInputText, parseMoneyInput } from '../../quotes/utils/decimalText.ts';
import { localizedName } from '../../quotes/utils/localizedName.ts';

export type NegotiatedPriceModalProps = {
  /** The price being edited; undefined to add one. */
  editing?: NegotiatedPrice;
  products: readonly Product[];
  busy: boolean;
  onClose: () => void;
  onSave: (entry: NegotiatedPrice) => void;
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Adds or changes one negotiated price: product, currency, price and how long it holds. */
export function NegotiatedPriceModal({
  editing,
  products,
  busy,
  onClose,
  onSave,
}: NegotiatedPriceModalProps) {
  const { t, i18n } = useTranslation();
  const [productId, setProductId] = useState<string | null>(editing?.productId ?? null);
  const product = products.find((item) => item.id === productId);
  const currencies = [
    ...new Set([
      ...(editing ? [editing.price.currency] : []),
      ...(product?.prices.map((price) => price.currency) ?? []),
    ]),
  ];
  const [currency, setCurrency] = useState<string | null>(editing?.price.currency ?? null);
  const chosenCurrency = currency ?? currencies[0] ?? null;
  const [priceText, setPriceText] = useState(
    editing ? moneyInputText(editing.price.amount, editing.price.currency) : '',
  );
  const [validUntil, setValidUntil] = useState(editing?.validUntil ?? '');
  const [showErrors, setShowErrors] = useState(false);

  const amount = chosenCurrency ? parseMoneyInput(priceText, chosenCurrency) : undefined;
  const errors = {
    product: product ? undefined : t('catalog.negotiated.productRequired'),
    price: amount === undefined ? t('catalog.negotiated.priceRequired') : undefined,
    validUntil:
      validUntil === '' || isoDate.test(validUntil)
        ? undefined
        : t('catalog.negotiated.dateInvalid'),
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (
      Object.values(errors).some(Boolean) ||
      !product ||
      !chosenCurrency ||
      amount === undefined
    ) {
      setShowErrors(true);
      return;
    }
    onSave({
      productId: product.id,
      price: { amount, currency: chosenCurrency },
      ...(validUntil ? { validUntil } : {}),
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={editing ? t('catalog.negotiated.editTitle') : t('catalog.negotiated.addTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Select
            label={t('catalog.negotiated.product')}
            data={products.map((item) => ({
              value: item.id,
              label: `${item.sku} · ${localizedName(item.name, i18n.language)}`,
            }))}
            value={productId}
            onChange={(value) => {
              setProductId(value);
              setCurrency(null);
            }}
            searchable
            disabled={editing !== undefined}
            error={showErrors ? errors.product : undefined}
            withAsterisk
            comboboxProps={{ withinPortal: true }}
          />
          <SimpleGrid cols={3} spacing="sm">
            <Select
              label={t('catalog.negotiated.currency')}
              data={currencies}
              value={chosenCurrency}
              onChange={setCurrency}
              allowDeselect={false}
              disabled={editing !== undefined || currencies.length === 0}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              label={t('catalog.negotiated.price')}
              value={priceText}
              inputMode="decimal"
              onChange={(event) => setPriceText(event.currentTarget.value)}
              error={showErrors ? errors.price : undefined}
              withAsterisk
            />
            <TextInput
              type="date"
              label={t('catalog.negotiated.validUntil')}
              value={validUntil}
              onChange={(event) => setValidUntil(event.currentTarget.value)}
              error={showErrors ? errors.validUntil : undefined}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('catalog.negotiated.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
