import { Button, Group, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMoneyInput, parsePercentInput, parseQuantityInput } from '../utils/decimalText.ts';

export type FreeLine = {
  description: string;
  /** In units (2.5 hours = 2.5). */
  quantity: number;
  unitPrice: number;
  taxRateBps: number;
};

export type FreeLineFormProps = {
  currency: string;
  defaultTaxPercent: string;
  onAdd: (line: FreeLine) => Promise<boolean>;
  disabled?: boolean;
};

/** A line that is not in the catalog (a service, freight); Enter adds it and starts the next. */
export function FreeLineForm({ currency, defaultTaxPercent, onAdd, disabled }: FreeLineFormProps) {
  const { t } = useTranslation();
  const [description, setDescription] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [unitPrice, setUnitPrice] = useState('');
  const [tax, setTax] = useState(defaultTaxPercent);
  const [showErrors, setShowErrors] = useState(false);

  const parsed = {
    quantity: parseQuantityInput(quantity),
    unitPrice: parseMoneyInput(unitPrice, currency),
    tax: parsePercentInput(tax),
  };
  const errorOf = (ok: boolean) =>
    showErrors && !ok ? t('quotes.lines.invalidNumber') : undefined;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { quantity: q, unitPrice: price, tax: rate } = parsed;
    if (!description.trim() || q === undefined || price === undefined || rate === undefined) {
      setShowErrors(true);
      return;
    }
    const added = await onAdd({
      description: description.trim(),
      quantity: q / 1000,
      unitPrice: price,
      taxRateBps: rate,
    });
    if (!added) return;
    setDescription('');
    setQuantity('1');
    setUnitPrice('');
    setShowErrors(false);
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('quotes.builder.freeLine')}>
      <Group align="flex-start" gap="xs" wrap="wrap">
        <TextInput
          label={t('quotes.lines.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={
            showErrors && !description.trim() ? t('quotes.lines.descriptionRequired') : undefined
          }
          style={{ flex: '1 1 220px' }}
          disabled={disabled}
        />
        <TextInput
          label={t('quotes.lines.quantity')}
          value={quantity}
          onChange={(event) => setQuantity(event.currentTarget.value)}
          error={errorOf(parsed.quantity !== undefined)}
          inputMode="decimal"
          w={90}
          disabled={disabled}
        />
        <TextInput
          label={t('quotes.lines.unitPrice')}
          value={unitPrice}
          onChange={(event) => setUnitPrice(event.currentTarget.value)}
          error={errorOf(parsed.unitPrice !== undefined)}
          inputMode="decimal"
          w={120}
          disabled={disabled}
        />
        <TextInput
          label={t('quotes.lines.tax')}
          value={tax}
          onChange={(event) => setTax(event.currentTarget.value)}
          error={errorOf(parsed.tax !== undefined)}
          inputMode="decimal"
          w={80}
          disabled={disabled}
        />
        <Button
          type="submit"
          variant="light"
          mt={25}
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={disabled}
        >
          {t('quotes.builder.addLine')}
        </Button>
      </Group>
    </form>
  );
}
