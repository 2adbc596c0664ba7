import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, type Page, test } from '@playwright/test';
import { signedInDemoApp } from './demoSignIn.ts';
import { comparable, pdfText } from './pdfText.ts';

// Runs against the sync server's web client (playwright.config.ts, project "sync") with the
// demo company: the rep quotes offline, the manager approves from a second browser context.
const shots = 'test-results/quotes';

async function addFromCatalog(
  page: Page,
  search: string,
  option: RegExp,
  label = 'Add from catalog',
) {
  const picker = page.getByRole('combobox', { name: label });
  await picker.fill(search);
  await page.getByRole('option', { name: option }).click();
  await expect(picker).toHaveValue('');
}

async function setCell(page: Page, label: string, value: string) {
  const input = page.getByRole('textbox', { name: label, exact: true });
  await input.fill(value);
  await input.press('Enter');
}

test('a 5-line quote built offline is approved by the manager, sent, signed and printed', async ({
  browser,
  baseURL,
}) => {
  if (!baseURL) throw new Error('the sync project sets baseURL');
  test.setTimeout(120_000);
  const repContext = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
  const managerContext = await browser.newContext();
  const rep = await signedInDemoApp(repContext, 'rep1@demo.fieldbook', baseURL);
  const manager = await signedInDemoApp(managerContext, 'manager@demo.fieldbook', baseURL);

  // Offline from here until the approval request is made.
  await repContext.setOffline(true);
  await rep.getByRole('link', { name: 'Pipeline' }).click();
  await rep.getByRole('article').first().getByRole('link').first().click();
  await rep.getByRole('button', { name: 'New quote' }).click();
  await expect(rep.getByRole('heading', { level: 1, name: /^Quote / })).toBeVisible();
  const customer = ((await rep.getByText(/^For .+ · CNY$/).textContent()) ?? '')
    .replace(/^For /, '')
    .replace(/ · CNY$/, '');
  expect(customer).not.toBe('');

  // Four lines from the catalog (by SKU and by a Chinese name) and one free line.
  await addFromCatalog(rep, 'FB-SCN-200', /Handheld scanner/);
  await addFromCatalog(rep, '打印机', /FB-PRN-100/);
  await addFromCatalog(rep, 'dock', /FB-DOCK-2/);
  await addFromCatalog(rep, 'FB-SVC-INST', /On-site installation/);
  const freeLine = rep.getByRole('form', { name: 'Add a free line' });
  await freeLine.getByLabel('Description').fill('Project management');
  await freeLine.getByLabel('Quantity').fill('2');
  await freeLine.getByLabel('Unit price').fill('1500');
  await freeLine.getByLabel('Tax %').fill('6');
  await freeLine.getByLabel('Tax %').press('Enter');
  await expect(rep.getByTestId('line-net-5')).toHaveText('CN¥3,000.00');

  await setCell(rep, 'Quantity, line 1', '10');
  await setCell(rep, 'Discount %, line 1', '15');
  await setCell(rep, 'Quantity, line 2', '4');
  await setCell(rep, 'Quantity, line 3', '10');
  // The lines after their own discounts, 12,990 − 15 % + 3,596 + 1,990 + 800 + 3,000, add up to
  // the subtotal. The customer is in Hamburg: the catalog lines are a zero-rated export, only the
  // free line carries the 6 % the rep typed. No order discount, so no row for it.
  await expect(
    rep.getByText(
      'A customer in Germany: catalog lines come at 0% tax, a zero-rated export, and the printed quote says so.',
    ),
  ).toBeVisible();
  await expect(rep.getByTestId('line-net-1')).toHaveText('CN¥11,041.50');
  await expect(rep.getByTestId('quote-subtotal')).toHaveText('CN¥20,427.50');
  await expect(rep.getByTestId('quote-orderDiscount')).toHaveCount(0);
  await expect(rep.getByTestId('quote-tax')).toHaveText('CN¥180.00');
  await expect(rep.getByTestId('quote-total')).toHaveText('CN¥20,607.50');
  await expect(rep.getByText('Needs approval')).toBeVisible();
  await expect(rep.getByRole('button', { name: 'Send' })).toHaveCount(0);
  await rep.screenshot({ path: `${shots}/builder-en.png`, fullPage: true });

  // The manager decides on the rep's reason: the request asks for one.
  await rep.getByRole('button', { name: 'Request approval' }).click();
  const request = rep.getByRole('dialog', { name: /Request approval of/ });
  await request.getByRole('button', { name: 'Request approval' }).click();
  await expect(request.getByText('Say why, so your manager can decide.')).toBeVisible();
  await request.getByLabel('Why this discount').fill('Matching Hengtai’s offer on 10 scanners');
  await request.getByRole('button', { name: 'Request approval' }).click();
  await expect(request).toBeHidden();
  await expect(rep.getByText('Pending approval').first()).toBeVisible();
  await expect(rep.getByTestId('approval-reason')).toHaveText(
    'Why: Matching Hengtai’s offer on 10 scanners',
  );
  const number = ((await rep.getByRole('heading', { level: 1 }).textContent()) ?? '').replace(
    /^Quote /,
    '',
  );
  await repContext.setOffline(false);

  // The manager decides from their list of pending approvals.
  await manager.getByRole('link', { name: 'Pending approvals' }).click();
  const row = manager.getByRole('row', { name: number });
  await expect(row).toBeVisible({ timeout: 15_000 });
  await expect(row).toContainText('Matching Hengtai’s offer on 10 scanners');
  // The customer opens its account from the list.
  await expect(row.getByRole('link', { name: 'Nordlicht Logistics GmbH' })).toHaveAttribute(
    'href',
    /#\/accounts\//,
  );
  await manager.screenshot({ path: `${shots}/approvals-en.png` });
  await row.getByRole('button', { name: `Approve ${number}` }).click();
  await expect(manager.getByText('Nothing is waiting for your approval.')).toBeVisible();

  await expect(rep.getByText('Approved', { exact: true })).toBeVisible({ timeout: 15_000 });
  await rep.getByRole('button', { name: 'Send' }).click();
  await expect(rep.getByText('Sent', { exact: true })).toBeVisible();

  // Acceptance with a signature drawn on the rep's screen.
  await rep.getByRole('button', { name: 'Record acceptance' }).click();
  const dialog = rep.getByRole('dialog', { name: /Record acceptance of/ });
  await dialog.getByLabel('Signer name').fill('Chen Jing');
  await dialog.getByLabel('Signer title').fill('Purchasing Director');
  const pad = dialog.getByTestId('signature-pad');
  const box = await pad.boundingBox();
  if (!box) throw new Error('the signature pad is not visible');
  await rep.mouse.move(box.x + 30, box.y + box.height * 0.7);
  await rep.mouse.down();
  for (let step = 1; step <= 24; step += 1) {
    const x = box.x + 30 + step * ((box.width - 60) / 24);
    const y = box.y + box.height * (0.5 + 0.25 * Math.sin(step / 2));
    await rep.mouse.move(x, y);
  }
  await rep.mouse.up();
  await dialog.getByRole('button', { name: 'Record acceptance' }).click();
  await expect(dialog).toBeHidden();
  await expect(rep.getByText('Accepted', { exact: true })).toBeVisible();

  // The printed document: the same HTML the app prints, rendered to PDF by Chromium.
  await rep.getByRole('link', { name: 'Quote document' }).click();
  await expect(rep.getByRole('article', { name: 'Quotation' })).toBeVisible();
  await expect(rep.getByRole('img', { name: 'Signature of Chen Jing' })).toBeVisible();
  const pdf = await rep.pdf({ format: 'A4', printBackground: true });
  const text = await pdfText(new Uint8Array(pdf));
  expect(text).toContain(customer);
  expect(text).toContain(number);
  for (const line of [
    'Handheld scanner',
    'Label printer',
    'Charging dock',
    'On-site installation',
    'Project management',
  ]) {
    expect(text).toContain(line);
  }
  // The printed line amounts add up to the printed subtotal, as on the screen.
  for (const amount of ['CN¥11,041.50', 'CN¥20,427.50', 'CN¥180.00', 'CN¥20,607.50']) {
    expect(text).toContain(amount);
  }
  expect(text).not.toContain('CN¥22,376.00');
  // It says why its 0 % lines carry no VAT, as an export invoice must.
  expect(comparable(text)).toContain(
    comparable(
      'Lines at 0% tax are an export to a customer outside China: zero-rated, no VAT charged.',
    ),
  );
  expect(text).toContain('Chen Jing, Purchasing Director');
  await rep.emulateMedia({ media: 'print' });
  await rep.screenshot({ path: `${shots}/document-page1-en.png` });
  await rep.emulateMedia({ media: 'screen' });

  // The accepted quote is a contract now.
  await rep.getByRole('link', { name: 'Back to the quote' }).click();
  await rep.getByRole('link', { name: 'Contracts' }).click();
  await expect(rep.getByRole('table', { name: 'Contracts' })).toContainText('Active');
  // The status reads whole (a squeezed column once cut it to "ACTI…").
  const status = rep.getByRole('table', { name: 'Contracts' }).getByText('Active').first();
  expect(await status.evaluate((label) => label.scrollWidth <= label.clientWidth)).toBe(true);
  await rep.screenshot({ path: `${shots}/contracts-en.png` });

  await repContext.close();
  await managerContext.close();
});

/** The first page of a PDF as a PNG (poppler's pdftoppm); undefined, with the reason printed, without it. */
async function firstPagePng(pdf: Buffer, base: string): Promise<string | undefined> {
  mkdirSync(shots, { recursive: true });
  writeFileSync(`${base}.pdf`, pdf);
  try {
    await promisify(execFile)('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      `${base}.pdf`,
      base,
    ]);
    return `${base}.png`;
  } catch (error) {
    console.log(
      `Skipped the PDF page image: pdftoppm failed or is missing (apt-get install poppler-utils): ${String(error)}`,
    );
    return undefined;
  }
}

test('a quote in Chinese prints with CJK text and totals to the fen', async ({
  browser,
  baseURL,
}) => {
  if (!baseURL) throw new Error('the sync project sets baseURL');
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
  const rep = await signedInDemoApp(context, 'rep1@demo.fieldbook', baseURL);
  await rep.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(rep.getByRole('heading', { name: '线索', level: 1 })).toBeVisible();

  // A Chinese customer's deal (the demo's first accounts are Chinese companies).
  await rep.getByRole('link', { name: '销售漏斗' }).click();
  await rep
    .getByRole('article')
    .filter({ hasText: /有限公司/ })
    .first()
    .getByRole('link')
    .first()
    .click();
  await rep.getByRole('button', { name: '新建报价' }).click();
  await expect(rep.getByRole('heading', { level: 1, name: /^报价单 / })).toBeVisible();
  const customer = ((await rep.getByText(/^客户：.+ · CNY$/).textContent()) ?? '')
    .replace(/^客户：/, '')
    .replace(/ · CNY$/, '');
  expect(customer).toMatch(/[\u4e00-\u9fff]/);
  const number = ((await rep.getByRole('heading', { level: 1 }).textContent()) ?? '').replace(
    /^报价单 /,
    '',
  );

  await addFromCatalog(rep, '扫描枪', /FB-SCN-200/, '从产品目录添加');
  await addFromCatalog(rep, 'FB-PRN-100', /标签打印机/, '从产品目录添加');
  const freeLine = rep.getByRole('form', { name: '添加自定义行' });
  await freeLine.getByLabel('描述').fill('项目管理服务');
  await freeLine.getByLabel('数量').fill('2');
  await freeLine.getByLabel('单价').fill('500');
  await freeLine.getByLabel('税率 %').fill('6');
  await freeLine.getByLabel('税率 %').press('Enter');
  // 1,299 + 899 at 13 % tax, 2 × 500 at 6 %: tax 168.87 + 116.87 + 60.00.
  await expect(rep.getByTestId('quote-subtotal')).toHaveText('¥3,198.00');
  await expect(rep.getByTestId('quote-tax')).toHaveText('¥345.74');
  await expect(rep.getByTestId('quote-total')).toHaveText('¥3,543.74');
  await rep.screenshot({ path: `${shots}/builder-zh.png`, fullPage: true });

  await rep.getByRole('link', { name: '报价文件' }).click();
  await expect(rep.getByRole('article', { name: '报价单' })).toBeVisible();
  const pdf = await rep.pdf({ format: 'A4', printBackground: true });
  const plain = comparable;
  const text = plain(await pdfText(new Uint8Array(pdf)));
  expect(text).toContain(plain(customer));
  expect(text).toContain(number);
  for (const line of ['手持扫描枪', '标签打印机', '项目管理服务', '总计']) {
    expect(text).toContain(plain(line));
  }
  for (const amount of ['¥1,299.00', '¥899.00', '¥1,000.00', '¥3,198.00', '¥345.74', '¥3,543.74']) {
    expect(text).toContain(amount);
  }
  const png = await firstPagePng(pdf, `${shots}/document-page1-zh`);
  if (png) console.log(`First page of the Chinese quote: ${png}`);
  await context.close();
});
