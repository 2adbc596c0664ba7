import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const salesforce = readFileSync('tests/fixtures/csv/salesforce-leads.csv');
const messy = Buffer.from(
  `\uFEFF${[
    'First Name,Last Name,Email,Phone Number,Company Name,Bemerkung',
    'Wei,Zhang,zhang.wei@example.cn,+86 138 0013 8000,上海浦江物流有限公司,"Booth 4B,\nwants a quote"',
    'Anna,Schmidt,anna@@contoso,,Contoso GmbH,',
    'Wei,Zhang,ZHANG.WEI@example.cn,,上海浦江物流,second scan',
    'Ethan,Müller,ethan.müller@wingtiptoys.com,,Wingtip Toys,already there',
  ].join('\r\n')}`,
);

test('imports CSV files with a column mapping, shows errors in the preview and a report', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { name: 'Import from CSV' })).toBeVisible();

  // A Salesforce export first: the preset is recognised and the good rows go in.
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'salesforce-leads.csv', mimeType: 'text/csv', buffer: salesforce });
  await expect(page.getByText('40 rows, 23 columns')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Looks like a Salesforce export')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('table', { name: 'Rows of the file' })).toBeVisible();
  const start = page.getByRole('button', { name: /^Import \d+ rows?$/ });
  const planned = Number((await start.textContent())?.match(/\d+/)?.[0]);
  await start.click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Imported', exact: true })).toHaveText(
    new RegExp(`^Imported\\s*${planned}$`),
  );
  await page.getByRole('button', { name: 'Import another file' }).click();

  // A messy hand-made file: a column to map by hand, a bad email, a repeated row, and a person
  // already imported from Salesforce.
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'messe.csv', mimeType: 'text/csv', buffer: messy });
  await expect(page.getByLabel(/Encoding/)).toHaveValue('utf-8-bom');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Field for column “Bemerkung”').selectOption('notes');
  await page.getByRole('button', { name: 'Next' }).click();
  const preview = page.getByRole('table', { name: 'Rows of the file' });
  await expect(preview.getByText('Email is not valid')).toBeVisible();
  await expect(preview.getByText('Same as row 1')).toBeVisible();
  await expect(preview.getByText('Matches “Ethan Müller”')).toBeVisible();
  await page.getByRole('radio', { name: 'Merge into the existing record' }).check();
  await page.screenshot({ path: 'test-results/screenshots/import-preview.png', fullPage: true });

  await page.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Imported', exact: true })).toHaveText(
    /^Imported\s*1$/,
  );
  await expect(page.getByRole('group', { name: 'Merged' })).toHaveText(/^Merged\s*2$/);
  await expect(page.getByRole('group', { name: 'Not imported' })).toHaveText(/^Not imported\s*1$/);
  await page.screenshot({ path: 'test-results/screenshots/import-report.png', fullPage: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download rows not imported (CSV)' }).click(),
  ]);
  const failed = readFileSync((await download.path()) ?? '', 'utf8');
  expect(failed.startsWith('\uFEFFFirst Name,Last Name')).toBe(true);
  expect(failed).toContain('anna@@contoso');
  expect(failed).toContain('Email is not valid');

  // The leads list exports what it shows, for Excel (BOM) and in the Salesforce column set.
  await page.getByRole('link', { name: 'Leads' }).first().click();
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Salesforce' }).click(),
  ]);
  const csv = readFileSync((await exported.path()) ?? '', 'utf8');
  expect(csv.startsWith('\uFEFFFirstName,LastName,Company')).toBe(true);
  expect(csv).toContain('上海浦江物流有限公司');
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(planned + 2);
});

test('shows a GBK file from Chinese Excel in Chinese, with the detected encoding', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('简体中文');
  await page.getByRole('link', { name: '导入' }).click();
  await expect(page.getByRole('heading', { name: '从 CSV 导入' })).toBeVisible();
  await page.getByLabel('CSV 文件').setInputFiles({
    name: 'excel-gbk-leads.csv',
    mimeType: 'text/csv',
    buffer: readFileSync('tests/fixtures/csv/excel-gbk-leads.csv'),
  });
  await expect(page.getByLabel(/编码/)).toHaveValue('gb18030');
  await expect(page.getByText('检测到：GBK / GB18030（中文 Excel）')).toBeVisible();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('看起来是 中文 Excel 导出的文件')).toBeVisible();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByText('全部行', { exact: true }).click();
  await expect(page.getByRole('table', { name: '文件中的行' })).toContainText(
    '周娜 · 杭州联合机械有限公司',
  );
  await page.screenshot({
    path: 'test-results/screenshots/import-preview-zh-CN.png',
    fullPage: true,
  });
});
