import { type Browser, expect, type Page, test } from '@playwright/test';

// The main screens with the demo company, in English and Simplified Chinese, at 1440×900
// (project "sync"), for a visual review; CI regenerates them. Each screen must render its page
// heading. The walk moves through the hash router instead of reloading, so it stays fast.
const password = 'fieldbook-demo';
const shots = 'test-results/screenshots/screens';
const languages = ['en', 'zh-CN'] as const;
type Language = (typeof languages)[number];
const eventName = 'CeMAT Asia 2026 上海';

/** A screen: how to reach it, and its page heading in each language (given the record opened). */
type Screen = {
  name: string;
  path: string;
  /** Open the first record of the list at `path` (its link text is the record's number or name). */
  openFirst?: boolean;
  heading: Record<Language, (record: string) => string>;
  /** Text that shows once the screen's data has arrived (when its heading comes first). */
  ready?: Record<Language, string>;
};

const title = (en: string, zh: string) => ({ en: () => en, 'zh-CN': () => zh });

const managerScreens: Screen[] = [
  { name: 'leads', path: '/leads', heading: title('Leads', '线索') },
  {
    name: 'lead-detail',
    path: '/leads',
    openFirst: true,
    heading: { en: (name) => name, 'zh-CN': (name) => name },
  },
  { name: 'pipeline', path: '/pipeline', heading: title('Pipeline', '销售漏斗') },
  {
    name: 'quote-builder',
    path: '/quotes',
    openFirst: true,
    // The list shows "Q-2026-00042 (v2)"; the builder's heading names the quote, not its version.
    heading: {
      en: (link) => `Quote ${link.replace(/\s*[(（].*[)）]$/, '')}`,
      'zh-CN': (link) => `报价单 ${link.replace(/\s*[(（].*[)）]$/, '')}`,
    },
  },
  { name: 'orders', path: '/orders', heading: title('Orders', '订单') },
  {
    name: 'order-detail',
    path: '/orders',
    openFirst: true,
    heading: { en: (number) => `Order ${number}`, 'zh-CN': (number) => `订单 ${number}` },
  },
  { name: 'invoices', path: '/invoices', heading: title('Invoices', '发票') },
  { name: 'receivables', path: '/receivables', heading: title('Receivables', '应收账款') },
  { name: 'tickets', path: '/tickets', heading: title('Service tickets', '服务工单') },
  { name: 'events', path: '/events', heading: title('Events', '活动') },
  { name: 'booth', path: '/booth', heading: title(`Booth: ${eventName}`, `展位：${eventName}`) },
  { name: 'import', path: '/import', heading: title('Import from CSV', '从 CSV 导入') },
  { name: 'dashboards', path: '/analytics', heading: title('Dashboards', '数据看板') },
];

const adminScreens: Screen[] = [
  {
    name: 'admin-users',
    path: '/admin/users',
    heading: title('Users and devices', '用户和设备'),
    // The last-sync column fills in after the user list: rep2 has not synced yet (only
    // webToLead.spec, which runs after this one, signs in as rep2).
    ready: { en: 'Never', 'zh-CN': '从未' },
  },
  { name: 'settings-hub', path: '/settings', heading: title('Settings', '设置') },
];

/** A new browser context of the given size, signed in as `email`; close it with its context. */
async function signedIn(
  browser: Browser,
  baseURL: string | undefined,
  email: string,
  viewport = { width: 1440, height: 900 },
) {
  if (!baseURL) throw new Error('the sync project sets baseURL');
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Server URL')).toHaveValue(baseURL);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Sync status' })).toHaveText('Synced', {
    timeout: 30_000,
  });
  return page;
}

async function go(page: Page, path: string) {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, path);
}

async function walk(page: Page, screens: Screen[]) {
  for (const language of languages) {
    await page.getByRole('combobox', { name: /Language|语言/ }).selectOption(language);
    for (const screen of screens) {
      await go(page, screen.path);
      let record = '';
      if (screen.openFirst) {
        const first = page.getByRole('main').getByRole('table').getByRole('link').first();
        record = (await first.textContent())?.trim() ?? '';
        await first.click();
      }
      await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(
        screen.heading[language](record),
      );
      if (screen.ready) {
        await expect(page.getByText(screen.ready[language], { exact: true }).first()).toBeVisible();
      }
      // Transient toasts ("Signed in as …") would cover the bottom right of every shot.
      await page.screenshot({
        path: `${shots}/${screen.name}-${language}.png`,
        style: '.mantine-Notifications-root { display: none !important; }',
      });
    }
  }
}

test.describe.configure({ mode: 'parallel' });
// About 30 s on a quiet machine; the margin is for a busy CI runner.
test.setTimeout(120_000);

test('the main screens render their headings in English and Chinese (manager)', async ({
  browser,
  baseURL,
}) => {
  const page = await signedIn(browser, baseURL, 'manager@demo.fieldbook');
  // Booth mode needs an event in use on this device.
  await go(page, '/events');
  await page.getByRole('button', { name: `Use at booth: ${eventName}` }).click();
  await walk(page, managerScreens);
  await page.context().close();
});

test('the admin screens render their headings in English and Chinese (admin)', async ({
  browser,
  baseURL,
}) => {
  const page = await signedIn(browser, baseURL, 'admin@demo.fieldbook');
  await walk(page, adminScreens);
  await page.context().close();
});

// A card clips what overflows it; in a page's scrolling column, flex once shrank such cards to
// the window on a laptop screen and cut their content off (pipeline stages, the audit log).
const laptopScreens = [
  '/settings/pipeline',
  '/settings/automation',
  '/settings/service',
  '/settings/scoring',
  '/admin/audit',
  '/admin/users',
  '/analytics',
];

test('no card cuts off its content on a 1280×720 laptop screen (admin)', async ({
  browser,
  baseURL,
}) => {
  const page = await signedIn(browser, baseURL, 'admin@demo.fieldbook', {
    width: 1280,
    height: 720,
  });
  for (const path of laptopScreens) {
    await go(page, path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    // Lists and forms fill in after the heading.
    await page.waitForTimeout(500);
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main .mantine-Card-root')]
        .filter(
          (card) =>
            getComputedStyle(card).overflow === 'hidden' &&
            card.scrollHeight > card.clientHeight + 2,
        )
        .map(
          (card) =>
            `${card.textContent?.slice(0, 40)} (${card.clientHeight}/${card.scrollHeight} px)`,
        ),
    );
    expect(cut, `cards cut off on ${path}`).toEqual([]);
  }
  await page.context().close();
});

// The lead list on a common 1366×768 laptop: a rep reads the phone number to call it, and the
// status and source words are short enough to fit (once cut to '+86 139 104…', 'Disqualifi…').
test('the lead list shows whole phone numbers, statuses, sources and dates at 1366×768 (rep)', async ({
  browser,
  baseURL,
}) => {
  const page = await signedIn(browser, baseURL, 'rep1@demo.fieldbook', {
    width: 1366,
    height: 768,
  });
  for (const language of languages) {
    await page.getByRole('combobox', { name: /Language|语言/ }).selectOption(language);
    await go(page, '/leads');
    const rows = page.getByRole('main').getByRole('row');
    await expect(rows.nth(5)).toBeVisible();
    const cut = await page.evaluate(() => {
      // Phone, status, source and created: the 4th, 5th, 7th and 8th columns.
      const columns = [3, 4, 6, 7];
      const out: string[] = [];
      for (const row of document.querySelectorAll('main [role="row"], main tr')) {
        const cells = [...row.children] as HTMLElement[];
        for (const index of columns) {
          const cell = cells[index];
          if (!cell) continue;
          for (const element of [cell, ...cell.querySelectorAll<HTMLElement>('*')]) {
            if (element.scrollWidth > element.clientWidth + 1) {
              out.push(`${cell.textContent} (column ${index + 1})`);
              break;
            }
          }
        }
      }
      return out;
    });
    expect(cut, `cut off in ${language}`).toEqual([]);
    await page.screenshot({ path: `${shots}/leads-laptop-${language}.png` });
  }
  await page.context().close();
});
