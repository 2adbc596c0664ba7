import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createWorker, type Worker } from 'tesseract.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrAssetFiles } from '../../../scripts/vite/ocrAssetsPlugin.ts';
import { ocrLanguages, ocrTextLines } from '../../../src/shared/intake/ocrTextLines.ts';
import { parseBusinessCardText } from '../../../src/shared/intake/parseBusinessCardText.ts';

// The committed cards (scripts/renderBusinessCards.ts) read with the very language data the app
// ships, laid out in one folder the way the app serves it: no download.
const card = (name: string) =>
  readFileSync(new URL(`../../fixtures/cards/${name}`, import.meta.url));

let langDir = '';
let worker: Worker;

beforeAll(async () => {
  langDir = mkdtempSync(join(tmpdir(), 'fieldbook-ocr-'));
  for (const [served, file] of Object.entries(ocrAssetFiles)) {
    if (served.startsWith('ocr/lang/')) copyFileSync(file, join(langDir, basename(served)));
  }
  worker = await createWorker([...ocrLanguages], 1, { langPath: langDir, cacheMethod: 'none' });
}, 60_000);

afterAll(async () => {
  await worker?.terminate();
  rmSync(langDir, { recursive: true, force: true });
});

const readCard = async (name: string) => {
  const result = await worker.recognize(card(name));
  return parseBusinessCardText({ lines: ocrTextLines(result.data) }).fields;
};

describe('business-card OCR with the bundled English and Chinese data', () => {
  it('reads an English card', async () => {
    const fields = await readCard('card-en.png');
    expect(fields).toMatchObject({
      firstName: 'Jane',
      lastName: 'Doe',
      company: 'Acme Robotics Ltd',
      title: 'Head of Procurement',
      email: 'jane.doe@acme-robotics.com',
      phone: '+852 2345 6789',
    });
    expect(fields.address).toContain('Harbour Road');
  });

  it('reads a Simplified Chinese card, family name first', async () => {
    const fields = await readCard('card-zh.png');
    expect(fields).toMatchObject({
      lastName: '王',
      firstName: '小明',
      company: '上海星辰机械有限公司',
      title: '销售总监',
      email: 'wang.xm@xingchen.cn',
      phone: '+86 138 1234 5678',
      address: '上海市浦东新区张江路88号',
    });
  });
});
