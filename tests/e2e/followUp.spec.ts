import { expect, type Page, test } from '@playwright/test';

// After the show: the event's leads in the follow-up view, best score first, and a task made
// automatically for the hot one. Web client without sign-in, as a manager's local profile.

async function createEvent(page: Page) {
  await page.getByRole('link', { name: 'Events' }).click();
  await page.getByRole('link', { name: 'New event' }).click();
  await page.getByLabel('Name').fill('LogiMAT 2026');
  await page.getByLabel('Venue').fill('Messe Stuttgart, Hall 3');
  await page.getByLabel('Starts on').fill('2026-03-10');
  await page.getByLabel('Ends on').fill('2026-03-12');
  await page.getByLabel('Consent version').fill('2026-03');
  await page
    .getByLabel('Consent text (English)')
    .fill('I agree that the exhibitor may contact me about its products.');
  await page.getByLabel('Consent text (Chinese)').fill('我同意展商就其产品与我联系。');
  await page.getByRole('button', { name: 'Add question', exact: true }).click();
  await page.getByRole('textbox', { name: 'Question 1', exact: true }).fill('Wants a demo?');
  await page.getByRole('combobox', { name: 'Type of question 1' }).click();
  await page.getByRole('option', { name: 'Yes / no' }).click();
  await page.getByRole('button', { name: 'Save event' }).click();
  await expect(page.getByRole('heading', { name: 'LogiMAT 2026', level: 1 })).toBeVisible();
}

async function captureLead(
  page: Page,
  lead: { first: string; last: string; company: string; title: string; email: string },
  keys: string,
) {
  await page.getByLabel('First name', { exact: true }).fill(lead.first);
  await page.getByLabel('Last name', { exact: true }).fill(lead.last);
  await page.getByLabel('Company', { exact: true }).fill(lead.company);
  await page.getByLabel('Title', { exact: true }).fill(lead.title);
  await page.getByLabel('Email', { exact: true }).fill(lead.email);
  // Answers and the rating take single keys once the focus has left the text fields.
  await page.keyboard.press('Escape');
  for (const key of keys) await page.keyboard.press(key);
  await page.getByLabel('Consent to be contacted').check();
  await page.getByRole('button', { name: 'Save lead' }).click();
}

test('follow-up after the show: the event’s leads by score, a task for the hot lead', async ({
  page,
}) => {
  test.setTimeout(120_000);
  page.setDefaultTimeout(15_000);
  await page.addInitScript(() => {
    localStorage.setItem(
      'fieldbook.localProfile',
      JSON.stringify({ id: 'e2e-manager', name: 'Mara Manager', role: 'manager' }),
    );
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  await createEvent(page);

  await page.getByRole('link', { name: 'All events' }).click();
  await page.getByRole('button', { name: 'Use at booth: LogiMAT 2026' }).click();
  await page.getByRole('link', { name: 'Open booth' }).click();
  await expect(page.getByRole('heading', { name: 'Booth: LogiMAT 2026' })).toBeVisible();
  const status = page.getByRole('status').filter({ hasText: 'today' });

  // A cold visitor first, then a decision maker who wants a demo, rated hot.
  await captureLead(
    page,
    {
      first: 'Tom',
      last: 'Berger',
      company: 'Berger Lagertechnik',
      title: 'Intern',
      email: 'tom@berger-lager.de',
    },
    'nc',
  );
  await expect(status).toContainText('1 lead today');
  await captureLead(
    page,
    {
      first: 'Mei',
      last: 'Chen',
      company: '苏州精工物流',
      title: 'CEO',
      email: 'chen.mei@sz-jinggong.cn',
    },
    'yh',
  );
  await expect(status).toContainText('2 leads today');
  await expect(status).toContainText('1 hot');

  // From the event to its follow-up view.
  await page.getByRole('link', { name: 'Leave booth mode' }).click();
  await page.getByRole('link', { name: 'Events' }).click();
  // The list counts the show's two leads; the count and the event page both lead to follow-up.
  await expect(page.getByRole('link', { name: 'Follow up LogiMAT 2026 (2)' })).toHaveText('2');
  await page.getByRole('link', { name: 'LogiMAT 2026', exact: true }).click();
  await page.getByRole('link', { name: 'Follow up the leads' }).click();
  await expect(page.getByRole('heading', { name: 'Follow-up', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(/.+/);

  const table = page.getByRole('table', { name: 'Leads of the event' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  // Best score first: the hot decision maker above the cold intern.
  await expect(rows.nth(1)).toContainText('Mei Chen');
  await expect(rows.nth(2)).toContainText('Tom Berger');
  const scores = await table.locator('tbody tr td:nth-child(4)').allTextContents();
  const numbers = scores.map((text) => Number(text));
  expect(numbers.every((score) => Number.isFinite(score))).toBe(true);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  await expect(rows.nth(1)).toContainText('Hot');
  await expect(rows.nth(1)).toContainText('Task made');
  await expect(rows.nth(2)).toContainText('Cold');
  await expect(rows.nth(2)).not.toContainText('Task made');
  await expect(page.getByText('1 hot lead gets a follow-up task automatically.')).toBeVisible();
  await expect(page.getByText('1 follow-up task created for a hot lead')).toBeVisible();

  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  await page.screenshot({ path: 'test-results/screenshots/follow-up.png', fullPage: true });

  // The task is real: it is on the manager's task list, due tomorrow, and made only once.
  await page.reload();
  await expect(rows).toHaveCount(3);
  await page.goto('/#/tasks');
  await expect(page.getByText('Follow up with Mei Chen (hot lead)')).toHaveCount(1);
});
