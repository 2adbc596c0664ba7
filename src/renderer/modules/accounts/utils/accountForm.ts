import type { Account } from '../../../../shared/domain/account.ts';
import type { Address } from '../../../../shared/domain/addressSchema.ts';
import { emailSchema, isPlausiblePhone } from '../../../../shared/domain/leadDraft.ts';
import { normalizeCompanyName } from '../../../../shared/qualification/normalizeContact.ts';
import { addressFieldValues } from '../../../ui/AddressFields.tsx';

/** What the account dialog edits, as the inputs hold it. */
export type AccountFormValues = {
  name: string;
  industry: string;
  website: string;
  phone: string;
  email: string;
  taxId: string;
  country: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  notes: string;
};

export type AccountFormField = keyof AccountFormValues;
export type AccountFormError = 'required' | 'invalidEmail' | 'invalidPhone' | 'countryForAddress';

/** The dialog's values for an account (blank for a new one). */
export function accountFormValues(account?: Account): AccountFormValues {
  return {
    name: account?.name ?? '',
    industry: account?.industry ?? '',
    website: account?.website ?? '',
    phone: account?.phone ?? '',
    email: account?.email ?? '',
    taxId: account?.taxId ?? '',
    ...addressFieldValues(account?.address),
    // The account's own country decides its VAT; its address's stands in where it has none.
    country: account?.country ?? account?.address?.country ?? '',
    notes: account?.notes ?? '',
  };
}

const addressFields = ['line1', 'line2', 'city', 'region', 'postalCode'] as const;

/**
 * What is wrong with the values, by field: a name is needed, an e-mail address and phone number
 * must be real ones (the phone read in the account's country), and an address needs its country.
 */
export function accountFormErrors(
  values: AccountFormValues,
): Partial<Record<AccountFormField, AccountFormError>> {
  const errors: Partial<Record<AccountFormField, AccountFormError>> = {};
  if (!values.name.trim()) errors.name = 'required';
  const email = values.email.trim();
  if (email && !emailSchema.safeParse(email).success) errors.email = 'invalidEmail';
  const phone = values.phone.trim();
  // A number without + is read in the account's country (China when none is chosen yet).
  if (phone && !isPlausiblePhone(phone, values.country)) errors.phone = 'invalidPhone';
  const hasAddress = addressFields.some((field) => values[field].trim() !== '');
  if (hasAddress && !values.country) errors.country = 'countryForAddress';
  return errors;
}

/**
 * The account fields the values set; cleared inputs clear their field (undefined), so an edit
 * can remove a website or an address.
 */
export function accountFromForm(values: AccountFormValues): {
  name: string;
  industry: string | undefined;
  website: string | undefined;
  phone: string | undefined;
  email: string | undefined;
  taxId: string | undefined;
  country: string | undefined;
  address: Address | undefined;
  notes: string;
} {
  const text = (value: string) => value.trim() || undefined;
  const hasAddress = addressFields.some((field) => values[field].trim() !== '');
  const address: Address | undefined =
    hasAddress && values.country
      ? {
          line1: values.line1.trim(),
          ...(text(values.line2) ? { line2: values.line2.trim() } : {}),
          ...(text(values.city) ? { city: values.city.trim() } : {}),
          ...(text(values.region) ? { region: values.region.trim() } : {}),
          ...(text(values.postalCode) ? { postalCode: values.postalCode.trim() } : {}),
          country: values.country,
        }
      : undefined;
  return {
    name: values.name.trim(),
    industry: text(values.industry),
    website: text(values.website),
    phone: text(values.phone),
    email: text(values.email),
    taxId: text(values.taxId),
    country: text(values.country),
    address,
    notes: values.notes.trim(),
  };
}

/**
 * The other accounts with the same company name once legal forms, brackets and case are set
 * aside ("Nordlicht Logistics" and "NORDLICHT LOGISTICS GmbH" match, as do 华东贸易有限公司 and
 * 华东贸易（上海）有限公司; 上海华东贸易 and 华东贸易 do not): likely the same customer.
 */
export function sameCompanyAccounts<T extends Pick<Account, 'id' | 'name'>>(
  accounts: readonly T[],
  name: string,
  exceptId: string | undefined,
): T[] {
  const key = normalizeCompanyName(name);
  if (!key) return [];
  return accounts.filter(
    (account) => account.id !== exceptId && normalizeCompanyName(account.name) === key,
  );
}
