import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleRecords } from '../../../../shared/domain/exampleRecords.ts';
import { AppProviders } from '../../../App.tsx';
import { buildQuoteDocumentModel } from '../../../data/quotes/quoteDocumentModel.ts';
import { companyProfileOf } from '../../../data/settings/companyProfile.ts';
import { createI18n } from '../../../i18n/createI18n.ts';
import { QuoteDocument } from './QuoteDocument.tsx';

afterEach(cleanup);

const seller = companyProfileOf({
  kind: 'companyProfile',
  name: 'Fieldbook Demo（上海）有限公司',
  nameEn: 'Fieldbook Demo (Shanghai) Co., Ltd.',
  country: 'CN',
});
const berlin = {
  ...exampleRecords.accounts,
  name: 'Nordlicht Logistics GmbH',
  country: 'DE',
  address: { line1: 'Friedrichstraße 68', city: 'Berlin', postalCode: '10117', country: 'DE' },
};

function printQuote({
  language,
  account = berlin,
  company = seller,
  taxRateBps = 0,
}: {
  language: 'en' | 'zh-CN';
  account?: typeof exampleRecords.accounts;
  company?: typeof seller;
  taxRateBps?: number;
}) {
  const quote = {
    ...exampleRecords.quotes,
    language,
    lines: exampleRecords.quotes.lines.map((line) => ({ ...line, taxRateBps })),
  };
  const model = buildQuoteDocumentModel({
    quote,
    account,
    products: new Map(),
    company,
    language,
  });
  render(
    <AppProviders i18n={createI18n(language)} env="test">
      <QuoteDocument model={model} />
    </AppProviders>,
  );
}

describe('a printed quote to a customer abroad', () => {
  it('says why its 0% lines carry no VAT: an export from China', () => {
    printQuote({ language: 'en' });
    expect(
      screen.getByText(
        'Lines at 0% tax are an export to a customer outside China: zero-rated, no VAT charged.',
      ),
    ).toBeTruthy();
  });

  it('is signed for the seller by its registered English name on an English quote', () => {
    printQuote({ language: 'en' });
    expect(screen.getByText('For Fieldbook Demo (Shanghai) Co., Ltd.')).toBeTruthy();
    expect(screen.queryByText(/For Fieldbook Demo（上海）有限公司/)).toBeNull();
  });

  it('says it in Chinese on a Chinese quote', () => {
    printQuote({ language: 'zh-CN' });
    expect(screen.getByText(/向中国境外客户的出口销售，适用零税率/)).toBeTruthy();
  });

  it('names the reverse charge when seller and customer are both in the EU', () => {
    printQuote({
      language: 'en',
      company: { ...seller, country: 'NL' },
    });
    expect(
      screen.getByText(/reverse charge, VAT to be accounted for by the customer/),
    ).toBeTruthy();
  });

  it('says nothing at home, nor when the rep charged VAT on every line', () => {
    printQuote({ language: 'en', account: { ...berlin, country: 'CN' } });
    expect(screen.queryByText(/zero-rated|reverse charge/)).toBeNull();
    cleanup();
    printQuote({ language: 'en', taxRateBps: 1300 });
    expect(screen.queryByText(/zero-rated|reverse charge/)).toBeNull();
  });

  it("takes the customer's country from its address when the account names none", () => {
    const { country: _country, ...noCountry } = berlin;
    printQuote({ language: 'en', account: noCountry });
    expect(screen.getByText(/export to a customer outside China/)).toBeTruthy();
  });
});
