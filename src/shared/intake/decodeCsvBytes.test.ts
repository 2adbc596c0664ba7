import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './decodeCsvBytes.ts';

const fixtureBytes = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/csv/${name}`, import.meta.url)));

describe('decodeCsvBytes', () => {
  it('reads plain UTF-8 (Salesforce export) with non-ASCII letters', () => {
    const { text, encoding } = decodeCsvBytes(fixtureBytes('salesforce-leads.csv'));
    expect(encoding).toBe('utf-8');
    expect(text.startsWith('Id,FirstName,LastName')).toBe(true);
    expect(text).toContain('ethan.müller@wingtiptoys.com');
  });

  it('drops the UTF-8 BOM of a HubSpot export', () => {
    const { text, encoding } = decodeCsvBytes(fixtureBytes('hubspot-contacts.csv'));
    expect(encoding).toBe('utf-8-bom');
    expect(text.startsWith('Record ID,')).toBe(true);
    expect(text).toContain('上海浦江物流有限公司');
  });

  it('detects GBK from Chinese Excel and decodes it as GB18030', () => {
    const { text, encoding } = decodeCsvBytes(fixtureBytes('excel-gbk-leads.csv'));
    expect(encoding).toBe('gb18030');
    expect(text.startsWith('姓名,公司,职位,手机,邮箱,来源,备注')).toBe(true);
    expect(text).toContain('周娜,杭州联合机械有限公司,销售总监,13900000000');
  });

  it('tells a Western ANSI (Windows-1252) export from GBK', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Name\nM'),
      0xfc,
      ...new TextEncoder().encode('ller,Jos'),
      0xe9,
      0x0a,
    ]);
    expect(decodeCsvBytes(bytes)).toEqual({
      text: 'Name\nMüller,José\n',
      encoding: 'windows-1252',
    });
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x8b, 0x73, 0x3d, 0x4e]);
    expect(decodeCsvBytes(le)).toEqual({ text: '王丽', encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, 0x73, 0x8b, 0x4e, 0x3d]);
    expect(decodeCsvBytes(be)).toEqual({ text: '王丽', encoding: 'utf-16be' });
  });

  it('uses the encoding the user picked', () => {
    const bytes = new Uint8Array([0xcd, 0xf5, 0xc0, 0xf6]);
    expect(decodeCsvBytes(bytes, 'gb18030').text).toBe('王丽');
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'utf-8-bom').text).toBe('a');
  });

  it('reads an empty file as empty UTF-8', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
