import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { companyProfileOf } from '../../../data/settings/companyProfile.ts';
import { DocumentSeller } from './DocumentSeller.tsx';

afterEach(cleanup);

const profile = companyProfileOf({
  kind: 'companyProfile',
  name: 'Fieldbook Demo（上海）有限公司',
  address: '上海市闵行区申长路 990 号 3 楼',
  nameEn: 'Fieldbook Demo (Shanghai) Co., Ltd.',
  addressEn: '3F, No. 990 Shenchang Road, Minhang District, Shanghai 201107, China',
  phone: '+86 21 6088 1234',
  taxId: '91310112MA1GB2XK7Q',
});

function seller(language: string, company = profile) {
  render(
    <DocumentSeller
      company={company}
      language={language}
      taxIdLabel={(value) => `Tax ID: ${value}`}
    />,
  );
}

describe('the seller block of a printed quote or invoice', () => {
  it('names the company as registered in English on an English document', () => {
    seller('en');
    expect(screen.getByText('Fieldbook Demo (Shanghai) Co., Ltd.')).toBeTruthy();
    expect(screen.getByText(/Shenchang Road/)).toBeTruthy();
    expect(screen.queryByText('Fieldbook Demo（上海）有限公司')).toBeNull();
    expect(screen.getByText('Tax ID: 91310112MA1GB2XK7Q')).toBeTruthy();
  });

  it('keeps the Chinese name and address on a Chinese document', () => {
    seller('zh-CN');
    expect(screen.getByText('Fieldbook Demo（上海）有限公司')).toBeTruthy();
    expect(screen.getByText('上海市闵行区申长路 990 号 3 楼')).toBeTruthy();
    expect(screen.queryByText(/Shenchang Road/)).toBeNull();
  });

  it('falls back to the one name it has when no English name is set', () => {
    const { nameEn: _name, addressEn: _address, ...chineseOnly } = profile;
    seller('en', chineseOnly);
    expect(screen.getByText('Fieldbook Demo（上海）有限公司')).toBeTruthy();
    expect(screen.getByText('上海市闵行区申长路 990 号 3 楼')).toBeTruthy();
  });
});
