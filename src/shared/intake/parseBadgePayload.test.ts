import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateLeadDraft } from '../domain/leadDraft.ts';
import { parseBadgePayload } from './parseBadgePayload.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/badges/${name}`, import.meta.url), 'utf8');

describe('parseBadgePayload with the badge fixtures', () => {
  it('reads a vCard 3.0 field by field, address and URL into the notes', () => {
    const result = parseBadgePayload(fixture('vcard3.vcf'));
    expect(result.kind).toBe('vcard');
    expect(result.draft).toEqual({
      firstName: 'Anna',
      lastName: 'Keller',
      company: 'Keller Feinmechanik GmbH',
      title: 'Head of Procurement',
      phone: '+49 711 555 0101',
      email: 'a.keller@keller-fm.de',
      country: 'Germany',
      notes: 'Königstraße 1, Stuttgart, 70173, Germany\nhttps://keller-fm.de',
    });
    expect(validateLeadDraft(result.draft, { defaultCountry: 'DE' }).ok).toBe(true);
  });

  it('reads a vCard 4.0 with Chinese text: family name 王 as last name, tel: URI as phone', () => {
    const result = parseBadgePayload(fixture('vcard4-zh.vcf'));
    expect(result.kind).toBe('vcard');
    expect(result.draft).toEqual({
      firstName: '丽',
      lastName: '王',
      company: '深圳星河电子有限公司',
      title: '采购总监',
      phone: '+86-755-2345-6789',
      email: 'li.wang@xinghe-elec.com',
      notes: '',
    });
    expect(validateLeadDraft(result.draft).ok).toBe(true);
  });

  it('reads a MECARD with N as family,given', () => {
    const result = parseBadgePayload(fixture('mecard.txt'));
    expect(result.kind).toBe('mecard');
    expect(result.draft).toEqual({
      firstName: 'Wei',
      lastName: 'Zhang',
      company: 'Hangzhou Lianhe Machinery',
      phone: '+8657188881234',
      email: 'wei.zhang@lianhe-mach.cn',
      notes: 'Booth A12 visitor',
    });
    expect(validateLeadDraft(result.draft).ok).toBe(true);
  });

  it('keeps a registration URL in the notes', () => {
    const text = fixture('url.txt');
    const result = parseBadgePayload(text);
    expect(result.kind).toBe('url');
    expect(result.draft).toEqual({ notes: 'https://reg.example-expo.com/badge/7F3K-22QX' });
    expect(result.raw).toBe(text);
  });

  it('keeps an opaque vendor payload verbatim, control characters included', () => {
    const text = fixture('garbage.txt');
    const result = parseBadgePayload(text);
    expect(result).toEqual({ kind: 'text', draft: { notes: text }, raw: text });
    expect(result.draft.notes).toContain('\u0002EXPO2026|ID:88812|LVL:VIP\u0003');
  });
});

describe('parseBadgePayload edge cases', () => {
  it('unfolds folded vCard lines and unescapes commas and semicolons', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:O\\;Brien;Seán;;;',
      'ORG:Acme\\, Inc.;Sales',
      'EMAIL;TYPE=INTERNET:sean@acme.example',
      'NOTE:Wants a demo of the long',
      '  folded note line',
      'END:VCARD',
    ].join('\r\n');
    expect(parseBadgePayload(card).draft).toEqual({
      firstName: 'Seán',
      lastName: 'O;Brien',
      company: 'Acme, Inc.',
      email: 'sean@acme.example',
      notes: 'Wants a demo of the long folded note line',
    });
  });

  it('prefers the pref phone and email and keeps the others in the notes', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:欧阳娜娜',
      'TEL;TYPE=home:+86 10 1111 2222',
      'TEL;PREF=1;TYPE=cell:+86 139 0000 1111',
      'EMAIL:home@example.cn',
      'EMAIL;PREF=1:work@example.cn',
      'X-BADGE-ID:A-991',
      'END:VCARD',
    ].join('\n');
    expect(parseBadgePayload(card).draft).toEqual({
      firstName: '娜娜',
      lastName: '欧阳',
      phone: '+86 139 0000 1111',
      email: 'work@example.cn',
      notes: 'X-BADGE-ID:A-991\n+86 10 1111 2222\nhome@example.cn',
    });
  });

  it('tolerates vCard 2.1 bare parameters and quoted-printable UTF-8 with soft line breaks', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B;=E4=B8=BD',
      'ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=B7=B1=E5=9C=B3=E6=98=9F=E6=B2=B3=',
      '=E7=94=B5=E5=AD=90',
      'TEL;WORK;VOICE:+86 755 2345 6789',
      'END:VCARD',
    ].join('\r\n');
    const result = parseBadgePayload(card);
    expect(result.kind).toBe('vcard');
    expect(result.draft).toMatchObject({
      lastName: '王',
      firstName: '丽',
      company: '深圳星河电子',
      phone: '+86 755 2345 6789',
    });
  });

  it('keeps a vCard that fails to parse verbatim as text', () => {
    const broken = 'BEGIN:VCARD\nVERSION:3.0\nthis is not a content line\nEND:VCARD';
    expect(parseBadgePayload(broken)).toEqual({
      kind: 'text',
      draft: { notes: broken },
      raw: broken,
    });
  });

  it('reads MECARD escapes, CJK names without a comma and unknown keys', () => {
    const result = parseBadgePayload(
      'MECARD:N:司马光;ORG:北京\\;华信\\, 科技;TEL:13900000000;TEL:010-12345678;EMAIL:sima@example.cn;URL:https\\://example.cn;X-SEAT:12B;;',
    );
    expect(result.kind).toBe('mecard');
    expect(result.draft).toEqual({
      firstName: '光',
      lastName: '司马',
      company: '北京;华信, 科技',
      phone: '13900000000',
      email: 'sima@example.cn',
      notes: 'https://example.cn\nX-SEAT:12B\n010-12345678',
    });
  });

  it('reads an escaped comma inside a MECARD name part', () => {
    const result = parseBadgePayload('MECARD:N:Smith\\, Jr.,John;EMAIL:j@example.com;;');
    expect(result.draft).toMatchObject({ lastName: 'Smith, Jr.', firstName: 'John' });
  });

  it('takes name, email and company from a registration URL query', () => {
    const url =
      'https://reg.example.com/b?id=7&name=%E7%8E%8B%E4%B8%BD&email=li%40x.cn&company=Xinghe';
    expect(parseBadgePayload(url)).toEqual({
      kind: 'url',
      draft: { notes: url, lastName: '王', firstName: '丽', email: 'li@x.cn', company: 'Xinghe' },
      raw: url,
    });
    expect(
      parseBadgePayload('https://x.example/r?first_name=Anna&last-name=Keller&Mobile=%2B49%20711')
        .draft,
    ).toMatchObject({ firstName: 'Anna', lastName: 'Keller', phone: '+49 711' });
  });

  it('treats non-http links and text with spaces as plain text', () => {
    for (const text of [
      'ftp://files.example.com/x',
      'https://a.example b',
      'WIFI:S:Expo;T:WPA;;',
      '',
    ]) {
      expect(parseBadgePayload(text)).toEqual({ kind: 'text', draft: { notes: text }, raw: text });
    }
  });
});
