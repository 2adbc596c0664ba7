import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleRecords } from '../../../../shared/domain/exampleRecords.ts';
import { AppProviders } from '../../../App.tsx';
import { invoiceRow } from '../../../data/invoices/invoiceViews.ts';
import { companyProfileOf } from '../../../data/settings/companyProfile.ts';
import { createI18n } from '../../../i18n/createI18n.ts';
import { InvoiceDocument } from './InvoiceDocument.tsx';
import { ReminderLetter } from './ReminderLetter.tsx';

afterEach(cleanup);

const company = companyProfileOf({
  kind: 'companyProfile',
  name: 'Fieldbook Demo（上海）有限公司',
  nameEn: 'Fieldbook Demo (Shanghai) Co., Ltd.',
  addressEn: '3F, No. 990 Shenchang Road, Minhang District, Shanghai 201107, China',
  website: 'demo.fieldbook',
  country: 'CN',
});

function printInvoice(account: typeof exampleRecords.accounts) {
  const invoice = {
    ...exampleRecords.invoices,
    lines: exampleRecords.invoices.lines.map((line) => ({ ...line, taxRateBps: 0 })),
  };
  render(
    <AppProviders i18n={createI18n('en')} env="test">
      <InvoiceDocument model={{ company, account, row: invoiceRow(invoice, '2026-11-28') }} />
    </AppProviders>,
  );
}

describe('a printed invoice', () => {
  it('to a customer abroad says its 0% lines are a zero-rated export', () => {
    const { address: _address, ...noAddress } = exampleRecords.accounts;
    printInvoice({ ...noAddress, name: 'Helix Pharma AG', country: 'CH' });
    expect(screen.getByText(/an export to a customer outside China: zero-rated/)).toBeTruthy();
  });

  it('to a customer at home says nothing of the kind', () => {
    printInvoice(exampleRecords.accounts);
    expect(screen.queryByText(/zero-rated/)).toBeNull();
  });
});

describe('a payment reminder in English', () => {
  it('comes from the seller as registered in English, in its heading and its sign-off', () => {
    render(
      <AppProviders i18n={createI18n('en')} env="test">
        <ReminderLetter
          model={{
            company,
            account: exampleRecords.accounts,
            row: invoiceRow(exampleRecords.invoices, '2026-11-28'),
            level: 'reminder',
            today: '2026-11-28',
          }}
        />
      </AppProviders>,
    );
    expect(screen.getAllByText('Fieldbook Demo (Shanghai) Co., Ltd.')).toHaveLength(2);
    expect(screen.getByText(/Shenchang Road/)).toBeTruthy();
    expect(screen.getByText('demo.fieldbook')).toBeTruthy();
    expect(screen.queryByText('Fieldbook Demo（上海）有限公司')).toBeNull();
  });
});
