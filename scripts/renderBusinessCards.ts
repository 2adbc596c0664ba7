// Renders the business-card fixtures (tests/fixtures/cards/*.png) that the OCR tests read:
// plain HTML cards in Noto fonts, screenshotted by Playwright's Chromium. Run it again only to
// change a card: `node scripts/renderBusinessCards.ts`.
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

type Card = { file: string; lang: string; lines: { text: string; size: number; bold?: boolean }[] };

const cards: Card[] = [
  {
    file: 'card-en.png',
    lang: 'en',
    lines: [
      { text: 'Jane Doe', size: 40, bold: true },
      { text: 'Head of Procurement', size: 26 },
      { text: 'Acme Robotics Ltd', size: 30, bold: true },
      { text: '12 Harbour Road, Wan Chai, Hong Kong', size: 22 },
      { text: 'Tel: +852 2345 6789', size: 22 },
      { text: 'jane.doe@acme-robotics.com', size: 22 },
    ],
  },
  {
    file: 'card-zh.png',
    lang: 'zh-CN',
    lines: [
      { text: '上海星辰机械有限公司', size: 32, bold: true },
      { text: '王小明', size: 44, bold: true },
      { text: '销售总监', size: 28 },
      { text: '手机：13812345678', size: 24 },
      { text: '邮箱：wang.xm@xingchen.cn', size: 24 },
      { text: '地址：上海市浦东新区张江路88号', size: 24 },
    ],
  },
];

function html(card: Card): string {
  const lines = card.lines
    .map(
      (line) =>
        `<div style="font-size:${line.size}px;font-weight:${line.bold ? 700 : 400};margin:10px 0">${line.text}</div>`,
    )
    .join('');
  return `<!doctype html><html lang="${card.lang}"><body style="margin:0;background:#fff">
<div id="card" style="width:1000px;padding:48px 56px;box-sizing:border-box;color:#111;
font-family:'Noto Sans CJK SC','Noto Sans',sans-serif;background:#fff">${lines}</div></body></html>`;
}

const outDir = resolve(import.meta.dirname, '../tests/fixtures/cards');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
const page = await browser.newPage({ deviceScaleFactor: 2 });
for (const card of cards) {
  await page.setContent(html(card));
  await page.locator('#card').screenshot({ path: resolve(outDir, card.file) });
}
await browser.close();
