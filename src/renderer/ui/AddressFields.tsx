import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Address } from '../../shared/domain/addressSchema.ts';
import { countryOptions } from '../i18n/countryOptions.ts';

export const addressFieldNames = [
  'line1',
  'line2',
  'city',
  'region',
  'postalCode',
  'country',
] as const;
export type AddressFieldName = (typeof addressFieldNames)[number];
/** A postal address as its inputs hold it; `country` is an ISO code ("" when none is chosen). */
export type AddressFieldValues = Record<AddressFieldName, string>;

/** The inputs' values for an address (blank where it has no part), in `country` if it has none. */
export function addressFieldValues(
  address: Partial<Address> | undefined,
  country = '',
): AddressFieldValues {
  return {
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    city: address?.city ?? '',
    region: address?.region ?? '',
    postalCode: address?.postalCode ?? '',
    country: address?.country ?? country,
  };
}

export type AddressFieldsProps = {
  values: AddressFieldValues;
  onChange: (patch: Partial<AddressFieldValues>) => void;
  errors?: Partial<Record<AddressFieldName, string | undefined>>;
  /**
   * Lay the fields out as a Chinese address is written, from the province down to the door.
   * Fixed when the form opens (from the address's country then), so fields never move while
   * the person types.
   */
  chineseOrder: boolean;
  /** Said under the country (what it decides). */
  countryDescription?: string;
};

/**
 * The inputs of a postal address: street lines, city, province or state, postal code and a
 * country picked by name; labelled the Chinese way (省/市, 区、街道) for an address in China.
 */
export function AddressFields({
  values,
  onChange,
  errors = {},
  chineseOrder,
  countryDescription,
}: AddressFieldsProps) {
  const { t, i18n } = useTranslation();
  const countries = useMemo(
    () => countryOptions(i18n.language, values.country),
    [i18n.language, values.country],
  );
  const inChina = values.country === 'CN';
  const labelOf = (name: Exclude<AddressFieldName, 'country'>) =>
    inChina && name !== 'postalCode' ? t(`address.cn.${name}`) : t(`address.${name}`);
  const maxLength: Record<Exclude<AddressFieldName, 'country'>, number> = {
    line1: 200,
    line2: 200,
    city: 100,
    region: 100,
    postalCode: 20,
  };
  const input = (name: Exclude<AddressFieldName, 'country'>) => (
    <TextInput
      label={labelOf(name)}
      value={values[name]}
      maxLength={maxLength[name]}
      error={errors[name]}
      autoComplete="off"
      onChange={(event) => onChange({ [name]: event.currentTarget.value })}
    />
  );
  const country = (
    <Select
      label={t('address.country')}
      description={countryDescription}
      data={countries}
      value={values.country || null}
      onChange={(value) => onChange({ country: value ?? '' })}
      error={errors.country}
      searchable
      clearable
      nothingFoundMessage={t('address.noCountry')}
    />
  );
  return chineseOrder ? (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {country}
        {input('region')}
        {input('city')}
        {input('postalCode')}
      </SimpleGrid>
      {input('line1')}
      {input('line2')}
    </>
  ) : (
    <>
      {input('line1')}
      {input('line2')}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {input('city')}
        {input('region')}
        {input('postalCode')}
        {country}
      </SimpleGrid>
    </>
  );
}
