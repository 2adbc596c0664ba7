import { Badge, Group, Select, Text } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account.ts';
import type { Product } from '../../../../shared/domain/product.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { type CatalogPrice, catalogPrice } from '../../../../shared/quotes/catalogPrice.ts';
import { useProducts } from '../../../data/index.ts';
import { localizedName } from '../utils/localizedName.ts';

export type CatalogPickerProps = {
  currency: string;
  /** The quote's language, for the product names shown. */
  language: string;
  /** The customer: its negotiated prices are shown (and used) instead of the list price. */
  account?: Pick<Account, 'negotiatedPrices'>;
  /** Today (`YYYY-MM-DD`), to tell whether a negotiated price is still valid. */
  today: string;
  onPick: (productId: string) => void;
  disabled?: boolean;
};

function priceFor(
  product: Product,
  params: { account?: Pick<Account, 'negotiatedPrices'>; currency: string; today: string },
): CatalogPrice | undefined {
  try {
    return catalogPrice({ product, ...params });
  } catch {
    return undefined;
  }
}

/**
 * Search the catalog as you type (SKU, Chinese or English name); Enter adds the highlighted
 * product. Each option shows the price the line will get, marked when it is the customer's own.
 */
export function CatalogPicker({
  currency,
  language,
  account,
  today,
  onPick,
  disabled,
}: CatalogPickerProps) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const { rows } = useProducts({ search, activeOnly: true });
  const negotiated = new Set<string>();
  const data = rows.slice(0, 50).map((product) => {
    const price = priceFor(product, { ...(account ? { account } : {}), currency, today });
    if (price?.source === 'negotiated') negotiated.add(product.id);
    const priceText = price
      ? formatMoney({ amount: price.unitPrice, currency }, i18n.language)
      : t('quotes.builder.noPriceIn', { currency });
    // Without a price in the quote's currency the product cannot be a line: say so up front.
    return {
      value: product.id,
      label: `${product.sku} · ${localizedName(product.name, language)} · ${priceText}`,
      disabled: price === undefined,
    };
  });
  return (
    <Select
      label={t('quotes.builder.addProduct')}
      placeholder={t('quotes.builder.addProductPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      // The data layer already searched (incl. Chinese substrings); don't filter a second time.
      filter={({ options }) => options}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
          <Text size="sm">{option.label}</Text>
          {negotiated.has(option.value) && (
            <Badge size="sm" color="teal" variant="light">
              {t('quotes.builder.negotiated')}
            </Badge>
          )}
        </Group>
      )}
      value={null}
      onChange={(id) => {
        if (!id) return;
        onPick(id);
        setSearch('');
      }}
      nothingFoundMessage={t('quotes.builder.noProducts')}
      disabled={disabled}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
