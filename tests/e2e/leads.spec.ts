import { expect, type Page, test } from '@playwright/test';
import { openQuickCapture } from './quickCapture.ts';

type Person = {
  first: string;
  last: string;
  company: string;
  title?: string;
  email?: string;
  phone?: string;
};

const anna: Person = {
  first: 'Anna',
  last: 'Berg',
  company: 'Nordlicht GmbH',
  title: 'Head of Sales',
  email: 'anna.berg@nordlicht.de',
};
const wang: Person = {
  first: '丽',
  last: '王',
  company: '上海星辰科技有限公司',
  phone: '138 0013 8000',
};
const carlos: Person = {
  first: 'Carlos',
  last: 'Díaz',
  company: 'Acme Logistics',
  email: 'carlos@acme-logistics.com',
  phone: '+1 415 555 0134',
};

/** Types one lead into the open capture form using only the keyboard, then presses Enter. */
async function typeLead(page: Page, person: Person) {
  const dialog = page.getByRole('dialog', { name: 'New lead' });
  await expect(dialog.getByLabel('First name')).toBeFocused();
  const fields = [
    person.first,
    person.last,
    person.company,
    person.title,
    person.email,
    person.phone,
  ];
  for (const [index, value] of fields.entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    if (value) await page.keyboard.type(value);
  }
  await page.keyboard.press('Enter');
  // Saved: the form is empty and focused again, ready for the next lead.
  await expect(dialog.getByLabel('First name')).toHaveValue('');
  await expect(dialog.getByLabel('First name')).toBeFocused();
}

test('captures leads offline by keyboard, keeps them across a reload, and finds them', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Capture your first lead' })).toBeVisible();

  await context.setOffline(true);
  const dialog = await openQuickCapture(page);
  for (const person of [anna, wang, carlos]) await typeLead(page, person);
  await expect(dialog.getByRole('status')).toHaveText('3 leads captured in this session');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row')).toHaveCount(4);

  await context.setOffline(false);
  await page.reload();
  const search = page.getByRole('searchbox', { name: 'Search leads' });
  await expect(search).toBeVisible();
  await expect(page.getByText('3 leads', { exact: true })).toBeVisible();

  const rows = page.getByRole('row');
  const searches: Array<[string, string]> = [
    ['berg', 'Anna Berg'],
    ['星辰', '王丽'],
    ['carlos@acme', 'Carlos Díaz'],
    ['0013', '王丽'],
  ];
  for (const [query, name] of searches) {
    await search.fill(query);
    await expect(rows).toHaveCount(2);
    await expect(page.getByRole('link', { name })).toBeVisible();
  }
  await search.fill('');
  await expect(rows).toHaveCount(4);
  await page.screenshot({ path: 'test-results/leads-list.png', fullPage: true });

  await page.getByRole('combobox', { name: 'Language' }).selectOption('简体中文');
  await expect(page.getByRole('heading', { name: '线索', level: 1 })).toBeVisible();
  const zhDialog = await openQuickCapture(page, { name: '新建线索', firstField: '姓' });
  for (const label of ['名', '公司', '职位', '邮箱', '电话', '来源', '评级', '备注']) {
    await expect(zhDialog.getByLabel(label, { exact: true })).toBeVisible();
  }
  await expect(zhDialog.getByRole('button', { name: '保存线索' })).toBeVisible();
  await page.screenshot({ path: 'test-results/leads-capture-zh-CN.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('searchbox', { name: '搜索线索' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: '线索', level: 1 })).toBeVisible();
});

const moreLeads: Array<Person & { rating?: string; source?: string }> = [
  { ...anna, rating: 'Hot', source: 'Trade show' },
  { ...wang, title: '采购经理', rating: 'Warm', source: 'Trade show' },
  { ...carlos, title: 'COO', source: 'Referral' },
  {
    first: '伟',
    last: '张',
    company: '深圳华南电子有限公司',
    phone: '+86 755 8888 6666',
    title: '总经理',
    rating: 'Hot',
  },
  {
    first: 'Sofia',
    last: 'Rossi',
    company: 'Milano Design Srl',
    email: 'sofia@milanodesign.it',
    source: 'Website',
  },
  {
    first: 'Kenji',
    last: 'Sato',
    company: 'Sato Trading',
    email: 'k.sato@sato-trading.jp',
    rating: 'Cold',
  },
];

/** Captures leads through the form with the mouse-free fill helpers (faster than typing). */
async function captureLeads(page: Page, people: typeof moreLeads) {
  await page.getByRole('button', { name: 'New lead' }).click();
  const dialog = page.getByRole('dialog', { name: 'New lead' });
  for (const person of people) {
    await dialog.getByLabel('First name').fill(person.first);
    await dialog.getByLabel('Last name').fill(person.last);
    await dialog.getByLabel('Company').fill(person.company);
    await dialog.getByLabel('Title').fill(person.title ?? '');
    await dialog.getByLabel('Email').fill(person.email ?? '');
    await dialog.getByLabel('Phone').fill(person.phone ?? '');
    if (person.source) {
      await dialog.getByRole('combobox', { name: 'Source' }).click();
      await page.getByRole('option', { name: person.source }).click();
    }
    if (person.rating) {
      await dialog.getByRole('combobox', { name: 'Rating' }).click();
      await page.getByRole('option', { name: person.rating }).click();
    }
    await dialog.getByRole('button', { name: 'Save lead' }).click();
    await expect(dialog.getByLabel('First name')).toHaveValue('');
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('screens in light and dark, English and Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.screenshot({ path: 'test-results/screens/empty-en-light.png' });
  await captureLeads(page, moreLeads);
  await expect(page.getByRole('row')).toHaveCount(moreLeads.length + 1);
  await page.screenshot({ path: 'test-results/screens/list-en-light.png' });

  await page.getByRole('button', { name: 'New lead' }).click();
  const dialog = page.getByRole('dialog', { name: 'New lead' });
  await dialog.getByLabel('Email').fill('nope');
  await dialog.getByRole('button', { name: 'Save lead' }).click();
  await expect(
    dialog.getByText('Enter a valid email address, like name@company.com.'),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/capture-errors-en-light.png' });
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: '王丽' }).click();
  await expect(page.getByRole('heading', { name: '王丽', level: 1 })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/detail-en-light.png' });
  await page.getByRole('button', { name: 'Disqualify' }).click();
  await page
    .getByRole('dialog', { name: 'Disqualify lead' })
    .getByLabel('Reason')
    .fill('No budget this year');
  await page.screenshot({ path: 'test-results/screens/disqualify-en-light.png' });
  await page.getByRole('button', { name: 'Disqualify lead' }).click();
  await expect(page.getByText('Disqualified', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();

  await page.getByRole('button', { name: 'Dark mode' }).click();
  await page.screenshot({ path: 'test-results/screens/detail-en-dark.png' });
  await page.getByRole('link', { name: 'All leads' }).click();
  await expect(page.getByRole('row')).toHaveCount(moreLeads.length + 1);
  await page.screenshot({ path: 'test-results/screens/list-en-dark.png' });

  await page.getByRole('combobox', { name: 'Language' }).selectOption('简体中文');
  await expect(page.getByRole('heading', { name: '线索', level: 1 })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/list-zh-dark.png' });
  await page.getByRole('button', { name: '深色模式' }).click();
  await page.screenshot({ path: 'test-results/screens/list-zh-light.png' });
  await page.getByRole('button', { name: '新建线索' }).click();
  await page.screenshot({ path: 'test-results/screens/capture-zh-light.png' });
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: '张伟' }).click();
  await expect(page.getByRole('heading', { name: '张伟', level: 1 })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/detail-zh-light.png' });

  // Delete, then undo from the notification.
  await page.getByRole('button', { name: '删除' }).click();
  await expect(page.getByRole('heading', { name: '线索', level: 1 })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/deleted-zh-light.png' });
  await expect(page.getByRole('link', { name: '张伟' })).toBeHidden();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('link', { name: '张伟' })).toBeVisible();
});
