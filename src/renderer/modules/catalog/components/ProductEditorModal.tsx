import {
  Button,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Product, type ProductUnit, productUnits } from '../../../../shared/domain/product.ts';
import { useProductCommands } from '../../../data/index.ts';
import { useQuoteAction } from '../../quotes/hooks/useQuoteAction.ts';
import {
  moneyInputText,
  parseMoneyInput,
  parsePercentInput,
  percentInputText,
} from '../../quotes/utils/decimalText.ts';

export type ProductEditorModalProps = {
  /** The product to edit; null creates a new one; undefined keeps the dialog closed. */
  product: Product | null | undefined;
  onClose: () => void;
};

const baseCurrencies = ['CNY', 'USD', 'EUR'];

function isUnit(value: string): value is ProductUnit {
  return productUnits.some((unit) => unit === value);
}

/** Creates or edits a catalog product (managers and admins). */
export function ProductEditorModal({ product, onClose }: ProductEditorModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={product !== undefined}
      onClose={onClose}
      title={product ? t('catalog.editTitle', { sku: product.sku }) : t('catalog.newProduct')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      centered
    >
      {product !== undefined && (
        <ProductForm key={product?.id ?? 'new'} product={product} onDone={onClose} />
      )}
    </Modal>
  );
}

function ProductForm({ product, onDone }: { product: Product | null; onDone: () => void }) {
  const { t } = useTranslation();
  const { createProduct, updateProduct } = useProductCommands();
  const { run, busy } = useQuoteAction();
  const currencies = [
    ...new Set([...baseCurrencies, ...(product?.prices.map((price) => price.currency) ?? [])]),
  ];
  const [sku, setSku] = useState(product?.sku ?? '');
  const [nameZh, setNameZh] = useState(product?.name.zh ?? '');
  const [nameEn, setNameEn] = useState(product?.name.en ?? '');
  const [unit, setUnit] = useState<ProductUnit>(product?.unit ?? 'piece');
  const [tax, setTax] = useState(percentInputText(product?.taxRateBps ?? 1300));
  const [active, setActive] = useState(product?.active ?? true);
  const [service, setService] = useState(product?.kind === 'service');
  const [prices, setPrices] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      currencies.map((currency) => {
        const price = product?.prices.find((entry) => entry.currency === currency);
        return [currency, price ? moneyInputText(price.amount, currency) : ''];
      }),
    ),
  );
  const [showErrors, setShowErrors] = useState(false);

  const parsedPrices = currencies.flatMap((currency) => {
    const text = prices[currency]?.trim() ?? '';
    if (!text) return [];
    const amount = parseMoneyInput(text, currency);
    return [{ currency, amount }];
  });
  const taxBps = parsePercentInput(tax);
  const invalid = {
    sku: !sku.trim(),
    name: !nameZh.trim() && !nameEn.trim(),
    tax: taxBps === undefined,
    prices: parsedPrices.length === 0 || parsedPrices.some((price) => price.amount === undefined),
  };
  const error = (bad: boolean, key: string) => (showErrors && bad ? t(key) : undefined);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (Object.values(invalid).some(Boolean) || taxBps === undefined) {
      setShowErrors(true);
      return;
    }
    const input = {
      sku: sku.trim(),
      name: { zh: nameZh.trim(), en: nameEn.trim() },
      unit,
      prices: parsedPrices.flatMap(({ currency, amount }) =>
        amount === undefined ? [] : [{ currency, amount }],
      ),
      taxRateBps: taxBps,
      kind: service ? ('service' as const) : ('goods' as const),
      active,
    };
    const saved = await run(
      () => (product ? updateProduct(product.id, input) : createProduct(input)),
      t('catalog.saved'),
    );
    if (saved) onDone();
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t('catalog.fields.sku')}
            value={sku}
            onChange={(event) => setSku(event.currentTarget.value)}
            error={error(invalid.sku, 'catalog.errors.skuRequired')}
            withAsterisk
            data-autofocus
          />
          <NativeSelect
            label={t('catalog.fields.unit')}
            value={unit}
            data={productUnits.map((value) => ({ value, label: t(`catalog.units.${value}`) }))}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isUnit(value)) setUnit(value);
            }}
          />
          <TextInput
            label={t('catalog.fields.nameZh')}
            value={nameZh}
            onChange={(event) => setNameZh(event.currentTarget.value)}
            error={error(invalid.name, 'catalog.errors.nameRequired')}
          />
          <TextInput
            label={t('catalog.fields.nameEn')}
            value={nameEn}
            onChange={(event) => setNameEn(event.currentTarget.value)}
          />
        </SimpleGrid>
        <SimpleGrid cols={currencies.length} spacing="sm">
          {currencies.map((currency) => (
            <TextInput
              key={currency}
              label={t('catalog.fields.priceIn', { currency })}
              value={prices[currency] ?? ''}
              inputMode="decimal"
              onChange={(event) => {
                const value = event.currentTarget.value;
                setPrices((all) => ({ ...all, [currency]: value }));
              }}
            />
          ))}
        </SimpleGrid>
        {showErrors && invalid.prices && (
          <Text size="xs" c="red" role="alert">
            {t('catalog.errors.priceRequired')}
          </Text>
        )}
        <Group align="flex-end" justify="space-between">
          <TextInput
            label={t('catalog.fields.taxRate')}
            value={tax}
            w={140}
            rightSection="%"
            onChange={(event) => setTax(event.currentTarget.value)}
            error={error(invalid.tax, 'quotes.lines.invalidNumber')}
          />
          <Switch
            label={t('catalog.fields.service')}
            description={t('catalog.fields.serviceHint')}
            checked={service}
            onChange={(event) => setService(event.currentTarget.checked)}
            mb={8}
          />
          <Switch
            label={t('catalog.fields.active')}
            checked={active}
            onChange={(event) => setActive(event.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('catalog.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
