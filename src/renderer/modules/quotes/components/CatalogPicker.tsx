import { Select } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { useProducts } from '../../../data/index.ts';
import { localizedName } from '../utils/localizedName.ts';

export type CatalogPickerProps = {
  currency: string;
  /** The quote's language, for the product names shown. */
  language: string;
  onPick: (productId: string) => void;
  disabled?: boolean;
};

/** Search the catalog as you type (SKU, Chinese or English name); Enter adds the highlighted product. */
export function CatalogPicker({ currency, language, onPick, disabled }: CatalogPickerProps) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const { rows } = useProducts({ search, activeOnly: true });
  const data = rows.slice(0, 50).map((product) => {
    const price = product.prices.find((entry) => entry.currency === currency);
    const priceText = price ? ` · ${formatMoney(price, i18n.language)}` : '';
    return {
      value: product.id,
      label: `${product.sku} · ${localizedName(product.name, language)}${priceText}`,
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
