import { expect, type Page, test } from '@playwright/test';
import { openQuickCapture } from './quickCapture.ts';

/** Captures one lead by keyboard in the quick capture drawer and closes it. */
async function captureLead(page: Page, fields: string[]) {
  const dialog = await openQuickCapture(page);
  for (const [index, value] of fields.entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    if (value) await page.keyboard.type(value);
  }
  await page.keyboard.press('Enter');
  return dialog;
}

async function weightedTotal(page: Page): Promise<string> {
  const table = page.getByRole('table', { name: 'Forecast' });
  const footer = table.locator('tfoot tr').first();
  await expect(footer).toBeVisible();
  // Columns: label, currency, open deals, pipeline, weighted, …
  return (await footer.locator('td').nth(3).textContent()) ?? '';
}

// Toasts fade on their own; wait so they do not cover the screenshot.
async function screenshot(page: Page, name: string) {
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

async function switchLanguage(page: Page, language: 'English' | '简体中文') {
  await page.getByRole('combobox', { name: /Language|语言/ }).selectOption({ label: language });
}

test('qualifies a lead offline, converts it and works the deal through the pipeline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  await context.setOffline(true);

  const dialog = await captureLead(page, [
    'Mei',
    'Chen',
    'Harbor Logistics',
    'CEO',
    'mei.chen@harbor-logistics.com',
  ]);
  await expect(dialog.getByLabel('First name')).toHaveValue('');
  await page.keyboard.press('Escape');
  await page.getByRole('row', { name: /Mei Chen/ }).click();
  await expect(page.getByRole('heading', { name: 'Mei Chen', level: 1 })).toBeVisible();

  const score = page.getByTestId('lead-score');
  await expect(score).toHaveText(/of 100/);
  // The score's band says it is the score's, apart from a rating the rep gives the lead.
  await expect(page.getByText(/^By score: (Hot|Warm|Cold)$/)).toBeVisible();
  const scoreBefore = await score.textContent();
  const why = page.getByRole('table', { name: 'Why this score' });
  await expect(why).toContainText('Title: decision maker');
  await expect(why).not.toContainText('Calls');

  // Two keystrokes each: a letter picks the type, Enter logs it.
  await page.keyboard.press('c');
  await expect(page.getByLabel('What happened?')).toBeFocused();
  await page.keyboard.type('Intro call about the fleet');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText(
    'Intro call about the fleet',
  );
  await page.getByLabel('What happened?').blur();
  await page.keyboard.press('v');
  await page.keyboard.type('Visited the Shenzhen depot');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText(
    'Visited the Shenzhen depot',
  );
  await expect(why).toContainText('Calls');
  await expect(why).toContainText('Visits');
  await expect(score).not.toHaveText(scoreBefore ?? '');
  await page.getByLabel('What happened?').blur();

  // What the calls found out goes on the lead, and the score reads it.
  const scoreBeforeQualifying = await score.textContent();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Edit lead' });
  await edit.getByLabel('Company size (employees)').fill('300');
  await edit.getByRole('textbox', { name: 'Budget' }).fill('1,5OO');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByText('Enter an amount, like 200000 or 1,500.50.')).toBeVisible();
  await edit.getByRole('textbox', { name: 'Budget' }).fill('250,000');
  await edit.getByRole('combobox', { name: 'Currency' }).click();
  await page.getByRole('option', { name: 'CNY', exact: true }).click();
  await edit.getByRole('combobox', { name: 'Buying when' }).click();
  await page.getByRole('option', { name: 'Within 3 months' }).click();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  const qualification = page.getByRole('region', { name: 'Qualification', exact: true });
  await expect(qualification).toContainText('300 employees');
  await expect(qualification).toContainText('CN¥250,000.00');
  await expect(qualification).toContainText('Within 3 months');
  for (const reason of [
    'Company size 50-999',
    'Has a budget',
    'Budget ≥ CNY 100,000',
    'Buying within 3 months',
  ]) {
    await expect(why).toContainText(reason);
  }
  await expect(score).not.toHaveText(scoreBeforeQualifying ?? '');
  await screenshot(page, 'qualification-lead-en');

  await page.getByRole('button', { name: 'Mark as contacted' }).click();
  await page.getByRole('button', { name: 'Qualify', exact: true }).click();
  await page.getByRole('button', { name: 'Convert', exact: true }).click();
  const convert = page.getByRole('dialog', { name: 'Convert lead' });
  await expect(convert.getByRole('radio', { name: /Create new account/ })).toBeChecked();
  // The deal starts at the budget the lead named; this one is quoted in dollars.
  await expect(convert.getByRole('textbox', { name: 'Amount' })).toHaveValue('250000.00');
  await expect(convert.getByRole('combobox', { name: 'Currency' })).toHaveValue('CNY');
  await convert.getByRole('textbox', { name: 'Amount' }).fill('50,000');
  await convert.getByRole('combobox', { name: 'Currency' }).click();
  await page.getByRole('option', { name: 'USD', exact: true }).click();
  await convert.getByRole('button', { name: 'Convert lead' }).click();
  await expect(
    page.getByRole('heading', { name: 'Harbor Logistics deal', level: 1 }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Forecast', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Forecast', level: 1 })).toBeVisible();
  // A converted lead's deal starts in Qualification: 20 % of $50,000.
  // The row names the currency (USD); the amounts go without a symbol.
  expect(await weightedTotal(page)).toBe('10,000.00');

  await page.getByRole('link', { name: 'Pipeline', exact: true }).click();
  const card = page.getByRole('article', { name: /Harbor Logistics deal/ });
  await expect(card).toHaveAccessibleName(/Qualification/);
  // By mouse: drag it to Proposal.
  await card.dragTo(page.locator('section[data-stage="proposal"]'));
  await expect(card).toHaveAccessibleName(/Proposal/);
  await expect(page.getByTestId('stage-total-proposal')).toHaveText('$50,000.00');
  await expect(page.getByTestId('stage-total-qualification')).toHaveText('—');
  // The keyboard alternative: focus the card, → moves it on, ← brings it back.
  await card.focus();
  await page.keyboard.press('ArrowRight');
  await expect(card).toHaveAccessibleName(/Negotiation/);
  await expect(card).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(card).toHaveAccessibleName(/Proposal/);
  await expect(card).toBeFocused();
  // Every column's count reads whole: a long stage name once squeezed its badge to an empty pill.
  const counts = page.getByLabel(/^\d+ deals?$/);
  await expect(counts).toHaveCount(6);
  for (const count of await counts.all()) {
    const text = count.locator('.mantine-Badge-label');
    expect(await text.evaluate((label) => label.scrollWidth <= label.clientWidth)).toBe(true);
  }
  await screenshot(page, 'qualification-kanban-en');

  await page.getByRole('link', { name: 'Forecast', exact: true }).click();
  await expect.poll(() => weightedTotal(page)).toBe('25,000.00');
  await screenshot(page, 'qualification-forecast-en');

  await switchLanguage(page, '简体中文');
  await expect(page.getByRole('heading', { name: '销售预测', level: 1 })).toBeVisible();
  await screenshot(page, 'qualification-forecast-zh');
  await page.getByRole('link', { name: '销售漏斗', exact: true }).click();
  await expect(page.getByRole('article', { name: /方案报价/ })).toBeVisible();
  await screenshot(page, 'qualification-kanban-zh');
  await page.getByRole('link', { name: '线索', exact: true }).click();
  await page.getByRole('row', { name: /Mei Chen/ }).click();
  await expect(page.getByRole('heading', { name: 'Mei Chen', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: '评分依据' })).toContainText('职位：决策者');
  await screenshot(page, 'qualification-lead-zh');
});

test('flags a duplicate on capture and merges it field by field', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  await context.setOffline(true);

  const dialog = await captureLead(page, [
    'Anna',
    'Berg',
    'Nordlicht GmbH',
    '',
    'anna@nordlicht.de',
  ]);
  await expect(dialog.getByLabel('First name')).toHaveValue('');
  await page.keyboard.type('Anna');
  for (const value of ['Berg', 'Nordlicht', 'Head of Sales', 'Anna@Nordlicht.de']) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(value);
  }
  await page.keyboard.press('Enter');
  const warning = dialog.getByRole('alert');
  await expect(warning).toContainText('This lead may already exist');
  await expect(warning).toContainText('Same email');
  await warning.getByRole('button', { name: 'Save anyway' }).click();
  await expect(dialog.getByLabel('First name')).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('row', { name: /Anna Berg/ })).toHaveCount(2);

  await page.getByRole('row', { name: /Head of Sales/ }).click();
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  const merge = page.getByRole('dialog', { name: 'Merge duplicate leads' });
  // Keep this lead's title, and the duplicate's company name (the full one).
  await merge.getByRole('radio', { name: 'Nordlicht GmbH' }).check();
  await merge.getByRole('button', { name: 'Merge leads' }).click();
  await expect(merge).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Anna Berg', level: 1 })).toBeVisible();
  await expect(page.getByText('Nordlicht GmbH').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Merge', exact: true })).toBeHidden();

  await page.getByRole('link', { name: 'Leads', exact: true }).click();
  await expect(page.getByRole('row', { name: /Anna Berg/ })).toHaveCount(1);
});
