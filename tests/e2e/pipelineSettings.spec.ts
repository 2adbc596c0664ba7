import { expect, type Page, test } from '@playwright/test';
import { openQuickCapture } from './quickCapture.ts';

// Footer cells of the forecast table: currency, open deals, pipeline, weighted, commit,
// best case, closed won, target, to target.
async function forecastTotal(page: Page, column: 'weighted' | 'target'): Promise<string> {
  const footer = page
    .getByRole('table', { name: /Forecast|销售预测/ })
    .locator('tfoot tr')
    .first();
  await expect(footer).toBeVisible();
  return (
    (await footer
      .locator('td')
      .nth(column === 'weighted' ? 3 : 7)
      .textContent()) ?? ''
  );
}

// Toasts fade on their own unless the pointer rests on one; wait so they cover nothing.
async function waitForToasts(page: Page) {
  await page.mouse.move(1, 1);
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
}

async function screenshot(page: Page, name: string) {
  await waitForToasts(page);
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

async function switchLanguage(page: Page, language: 'English' | '简体中文') {
  await page.getByRole('combobox', { name: /Language|语言/ }).selectOption({ label: language });
}

/** A lead captured, qualified and converted offline: a $50,000 deal in Qualification. */
async function convertedDeal(page: Page) {
  const capture = await openQuickCapture(page);
  for (const [index, value] of [
    'Mei',
    'Chen',
    'Harbor Logistics',
    'CEO',
    'mei.chen@harbor-logistics.com',
  ].entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(value);
  }
  await page.keyboard.press('Enter');
  await expect(capture.getByLabel('First name')).toHaveValue('');
  await page.keyboard.press('Escape');
  await page.getByRole('row', { name: /Mei Chen/ }).click();
  await page.getByRole('button', { name: 'Mark as contacted' }).click();
  await page.getByRole('button', { name: 'Qualify', exact: true }).click();
  await page.getByRole('button', { name: 'Convert', exact: true }).click();
  const convert = page.getByRole('dialog', { name: 'Convert lead' });
  await convert.getByRole('textbox', { name: 'Amount' }).fill('50,000');
  // The company's currency (no currencies setting: the yuan) unless the rep picks another.
  await expect(convert.getByRole('combobox', { name: 'Currency' })).toHaveValue('CNY');
  await convert.getByRole('combobox', { name: 'Currency' }).click();
  await page.getByRole('option', { name: 'USD', exact: true }).click();
  await convert.getByRole('button', { name: 'Convert lead' }).click();
  await expect(
    page.getByRole('heading', { name: 'Harbor Logistics deal', level: 1 }),
  ).toBeVisible();
}

// Tall enough for the whole settings page and the forecast with its totals in one screenshot
// (the app scrolls inside its main area, so a full-page screenshot shows only the viewport).
test.use({ viewport: { width: 1280, height: 1100 } });

test('a manager renames a stage in both languages, changes its probability and adds a target; kanban and forecast follow', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // The web client without sign-in runs as the local profile; managers edit these settings.
  await page.addInitScript(() => {
    localStorage.setItem(
      'fieldbook.localProfile',
      JSON.stringify({ id: 'e2e-manager', name: 'Mara Manager', role: 'manager' }),
    );
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  await context.setOffline(true);
  await convertedDeal(page);

  await page.getByRole('link', { name: 'Forecast', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Forecast', level: 1 })).toBeVisible();
  // The default probability of Qualification: 20 % of $50,000; no target yet.
  // The forecast names the currency (USD) in its own column; the amounts go without a symbol.
  await expect.poll(() => forecastTotal(page, 'weighted')).toBe('10,000.00');
  expect(await forecastTotal(page, 'target')).toBe('—');
  await page.getByRole('link', { name: 'Edit targets' }).click();
  await expect(page.getByRole('heading', { name: 'Targets and stages', level: 1 })).toBeVisible();

  // The Chinese name, in the Chinese interface.
  await switchLanguage(page, '简体中文');
  await expect(page.getByRole('heading', { name: '目标与阶段', level: 1 })).toBeVisible();
  const zhName = page.getByRole('textbox', { name: '方案报价：中文名称' });
  await zhName.fill('报价审批');
  await page.getByRole('button', { name: '保存阶段' }).click();
  await expect(page.getByText('已保存。').first()).toBeVisible();
  await waitForToasts(page);

  // The English name and the default probability, in the English interface.
  await switchLanguage(page, 'English');
  await page.getByRole('textbox', { name: 'Proposal: English name' }).fill('Quoted');
  await page.getByRole('textbox', { name: 'Proposal: default probability' }).fill('40');
  await page.getByRole('button', { name: 'Save stages' }).click();
  await expect(page.getByText('Saved.').first()).toBeVisible();
  await waitForToasts(page);

  // A target for this month for the manager, in the deal's currency.
  await page.getByRole('button', { name: 'Add target' }).click();
  await page.getByRole('combobox', { name: 'Currency (Target 1)' }).selectOption('USD');
  await page.getByRole('textbox', { name: 'Target amount (Target 1)' }).fill('80,000');
  await page.getByRole('button', { name: 'Save targets' }).click();
  await expect(page.getByText('Saved.').first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Proposal: English name' })).toHaveValue('Quoted');
  await expect(page.getByRole('textbox', { name: 'Proposal: Chinese name' })).toHaveValue(
    '报价审批',
  );
  await screenshot(page, 'pipeline-settings-en');

  // The kanban names the column "Quoted"; moving the deal there gives it the new 40 %.
  await page.getByRole('link', { name: 'Pipeline', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Quoted' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Proposal', exact: true })).toHaveCount(0);
  const card = page.getByRole('article', { name: /Harbor Logistics deal/ });
  await card.dragTo(page.locator('section[data-stage="proposal"]'));
  await expect(card).toHaveAccessibleName(/Quoted/);
  await expect(page.getByTestId('stage-total-proposal')).toHaveText('$50,000.00');
  await screenshot(page, 'pipeline-settings-kanban-en');

  await page.getByRole('link', { name: 'Forecast', exact: true }).click();
  await expect.poll(() => forecastTotal(page, 'weighted')).toBe('20,000.00');
  // The target (for this month, the editor's default) sits in this month's row, nothing won yet.
  const thisMonth = new Date().toLocaleDateString('en-US', { month: 'long', year: 'numeric' });
  const monthRow = page.getByRole('row', { name: new RegExp(`^${thisMonth}`) });
  await expect(monthRow.locator('td').nth(7)).toHaveText('80,000.00');
  await expect(monthRow.locator('td').nth(8)).toHaveText('80,000.00');
  // The total row adds up the months' targets (it used to show none).
  expect(await forecastTotal(page, 'target')).toBe('80,000.00');
  await screenshot(page, 'pipeline-settings-forecast-en');

  await switchLanguage(page, '简体中文');
  await page.getByRole('link', { name: '销售漏斗', exact: true }).click();
  await expect(page.getByRole('heading', { name: '报价审批' })).toBeVisible();
  await expect(page.getByRole('article', { name: /报价审批/ })).toBeVisible();
  await screenshot(page, 'pipeline-settings-kanban-zh');
});
