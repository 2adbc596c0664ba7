import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import bwipjs from 'bwip-js/node';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareZXingModule } from 'zxing-wasm/reader';
import { readBadgeBarcodes } from '../../../src/shared/intake/readBadgeBarcodes.ts';

// Badge images are generated here from the badge fixtures, then decoded by the same zxing-wasm
// module the app bundles (read from node_modules, never from its CDN).
const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/badges/${name}`, import.meta.url), 'utf8');

const qrPng = async (text: string) =>
  new Uint8Array(await QRCode.toBuffer(text, { margin: 4, scale: 4, errorCorrectionLevel: 'M' }));

const bwipPng = async (bcid: string, text: string) =>
  new Uint8Array(
    await bwipjs.toBuffer({
      bcid,
      text,
      scale: 3,
      height: 12,
      padding: 12,
      backgroundcolor: 'FFFFFF',
    }),
  );

beforeAll(async () => {
  const wasm = readFileSync(
    createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'),
  );
  await prepareZXingModule({
    overrides: {
      wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength),
    },
    fireImmediately: true,
  });
});

describe('readBadgeBarcodes', () => {
  it('decodes a vCard 3.0 QR code into lead fields', async () => {
    const [badge] = await readBadgeBarcodes(await qrPng(fixture('vcard3.vcf')));
    expect(badge?.format).toBe('QRCode');
    expect(badge?.payload.kind).toBe('vcard');
    expect(badge?.payload.draft).toMatchObject({
      firstName: 'Anna',
      lastName: 'Keller',
      company: 'Keller Feinmechanik GmbH',
      email: 'a.keller@keller-fm.de',
    });
  });

  it('decodes a vCard 4.0 with Chinese text, family name first', async () => {
    const [badge] = await readBadgeBarcodes(await qrPng(fixture('vcard4-zh.vcf')));
    expect(badge?.payload.kind).toBe('vcard');
    expect(badge?.payload.draft).toMatchObject({
      lastName: '王',
      firstName: '丽',
      company: '深圳星河电子有限公司',
      title: '采购总监',
    });
  });

  it('decodes a MECARD with CJK text', async () => {
    const mecard =
      'MECARD:N:李,娜;ORG:杭州联合机械有限公司;TEL:+8657188881234;EMAIL:li.na@lianhe.cn;;';
    const [badge] = await readBadgeBarcodes(await qrPng(mecard));
    expect(badge?.payload.kind).toBe('mecard');
    expect(badge?.payload.draft).toMatchObject({
      lastName: '李',
      firstName: '娜',
      company: '杭州联合机械有限公司',
      phone: '+8657188881234',
      email: 'li.na@lianhe.cn',
    });
  });

  it('decodes the ASCII MECARD fixture from a PDF417 badge', async () => {
    const [badge] = await readBadgeBarcodes(await bwipPng('pdf417', fixture('mecard.txt').trim()));
    expect(badge?.format).toBe('PDF417');
    expect(badge?.payload.draft).toMatchObject({ lastName: 'Zhang', firstName: 'Wei' });
  });

  it('decodes a registration URL', async () => {
    const url = fixture('url.txt').trim();
    const [badge] = await readBadgeBarcodes(await qrPng(url));
    expect(badge?.payload.kind).toBe('url');
    expect(badge?.payload.raw).toBe(url);
  });

  it('keeps an unknown payload verbatim in the notes, from a Code 128 badge', async () => {
    const text = fixture('garbage.txt').trim();
    const [badge] = await readBadgeBarcodes(await bwipPng('code128', text));
    expect(badge?.format).toBe('Code128');
    expect(badge?.payload).toEqual({ kind: 'text', draft: { notes: text }, raw: text });
  });

  it('finds nothing in an image without a code', async () => {
    const blank = { data: new Uint8ClampedArray(64 * 64 * 4).fill(255), width: 64, height: 64 };
    expect(await readBadgeBarcodes(blank)).toEqual([]);
  });
});
