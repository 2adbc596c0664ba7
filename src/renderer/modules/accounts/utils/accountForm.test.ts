import { describe, expect, it } from 'vitest';
import { accountFormErrors, accountFormValues, sameCompanyAccounts } from './accountForm.ts';

const accounts = [
  { id: 'a1', name: 'NORDLICHT LOGISTICS GmbH' },
  { id: 'a2', name: '华东贸易（上海）有限公司' },
  { id: 'a3', name: '上海华东贸易有限公司' },
];

describe('account form', () => {
  it('finds the accounts that are likely the same company, not the one being edited', () => {
    expect(
      sameCompanyAccounts(accounts, 'Nordlicht Logistics', undefined).map((a) => a.id),
    ).toEqual(['a1']);
    expect(sameCompanyAccounts(accounts, '华东贸易有限公司', undefined).map((a) => a.id)).toEqual([
      'a2',
    ]);
    expect(sameCompanyAccounts(accounts, 'Nordlicht Logistics GmbH', 'a1')).toEqual([]);
    expect(sameCompanyAccounts(accounts, '  ', undefined)).toEqual([]);
  });

  it('asks for a name, a real e-mail, a dialable number and the country of an address', () => {
    const values = {
      ...accountFormValues(),
      email: 'einkauf at nordlicht.de',
      phone: '12',
      city: 'Hamburg',
    };
    expect(accountFormErrors(values)).toEqual({
      name: 'required',
      email: 'invalidEmail',
      phone: 'invalidPhone',
      country: 'countryForAddress',
    });
    expect(
      accountFormErrors({
        ...values,
        name: 'Nordlicht',
        email: '',
        phone: '040 3861 2200',
        country: 'DE',
      }),
    ).toEqual({});
  });
});
