import { describe, expect, it } from 'vitest';
import { validateLeadDraft } from '../domain/leadDraft.ts';
import {
  businessCardToDraft,
  cleanOcrLine,
  parseBusinessCardText,
} from './parseBusinessCardText.ts';

describe('parseBusinessCardText', () => {
  it('reads a Chinese card as OCR spaces it out: family name first, company by 有限公司', () => {
    const { fields } = parseBusinessCardText({
      lines: [
        '上 海星 辰 机械 有 限 公司',
        '王小明',
        '销售 总 监',
        '手机 : 13812345678',
        '邮箱 : wang.xm@xingchen.cn',
        '地 址 : 上 海 市 浦东 新 区 张江 路 88 号',
      ],
    });
    expect(fields).toMatchObject({
      lastName: '王',
      firstName: '小明',
      company: '上海星辰机械有限公司',
      title: '销售总监',
      phone: '+86 138 1234 5678',
      email: 'wang.xm@xingchen.cn',
      address: '上海市浦东新区张江路88号',
    });
  });

  it('reads an English card, keeping the address line away from the phone', () => {
    const { fields, otherLines } = parseBusinessCardText({
      lines: [
        'Jane Doe',
        '',
        'Head of Procurement',
        'Acme Robotics Ltd',
        '12 Harbour Road, Wan Chai, Hong Kong',
        'Tel: +852 2345 6789',
        'jane.doe@acme-robotics.com',
        'www.acme-robotics.com',
      ],
    });
    expect(fields).toEqual({
      firstName: 'Jane',
      lastName: 'Doe',
      company: 'Acme Robotics Ltd',
      title: 'Head of Procurement',
      email: 'jane.doe@acme-robotics.com',
      phone: '+852 2345 6789',
      address: '12 Harbour Road, Wan Chai, Hong Kong',
      website: 'www.acme-robotics.com',
    });
    expect(otherLines).toEqual([]);
  });

  it('repairs the stray capital OCR reads from the ring of "@"', () => {
    const { fields } = parseBusinessCardText({ lines: ['E: jane.doeQ@acme.com', 'Jane Doe'] });
    expect(fields.email).toBe('jane.doe@acme.com');
  });

  it('prefers a mobile number over a landline and keeps unknown lines', () => {
    const { fields, otherLines } = parseBusinessCardText({
      lines: ['电话：021-5080 1234', '手机：139 0000 1111', 'Booth N3-201', '李雷 Li Lei'],
    });
    expect(fields.phone).toBe('+86 139 0000 1111');
    expect(otherLines).toContain('Booth N3-201');
  });

  it('gives a draft the capture rules accept, with the address in the notes', () => {
    const { fields } = parseBusinessCardText({
      lines: ['Acme Inc.', 'John Smith', 'CTO', 'john@acme.io', '1 Main Street, Springfield'],
      defaultCountry: 'US',
    });
    expect(fields.company).toBe('Acme Inc.');
    const draft = businessCardToDraft(fields);
    expect(draft.notes).toBe('1 Main Street, Springfield');
    expect(validateLeadDraft(draft).ok).toBe(true);
  });

  it('proposes nothing from an empty or unreadable picture', () => {
    const { fields } = parseBusinessCardText({ lines: ['', '  ', '~~ ||| ~~'] });
    expect(Object.values(fields).every((value) => value === '')).toBe(true);
  });

  it('cleans OCR lines', () => {
    expect(cleanOcrLine('  地 址 ： 上 海 市  ')).toBe('地址：上海市');
  });
});
