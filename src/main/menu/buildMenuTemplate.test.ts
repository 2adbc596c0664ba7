import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuAction } from './buildMenuTemplate.ts';
import { menuLabels, menuLocaleFor } from './menuLabels.ts';

function items(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return Array.isArray(menu.submenu) ? menu.submenu : [];
}

function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((menu) => [menu, ...items(menu)]);
}

function build(overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  const actions: MenuAction[] = [];
  const template = buildMenuTemplate({
    locale: 'en',
    platform: 'win32',
    isDevelopment: false,
    onAction: (action) => actions.push(action),
    ...overrides,
  });
  return { template, actions };
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help, in English and Chinese', () => {
    expect(build().template.map((menu) => menu.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    expect(build({ locale: 'zh-CN' }).template.map((menu) => menu.label)).toEqual([
      '文件',
      '编辑',
      '视图',
      '窗口',
      '帮助',
    ]);
  });

  it('puts the app menu first on macOS', () => {
    const labels = build({ platform: 'darwin' }).template.map((menu) => menu.label);
    expect(labels).toEqual(['Fieldbook', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('sends new lead, search and sync now with their shortcuts', () => {
    const { template, actions } = build();
    const byId = new Map(allItems(template).map((item) => [item.id, item]));
    expect(byId.get('newLead')).toMatchObject({ label: 'New Lead', accelerator: 'CmdOrCtrl+N' });
    expect(byId.get('search')).toMatchObject({ label: 'Search Leads', accelerator: 'CmdOrCtrl+F' });
    expect(byId.get('syncNow')).toMatchObject({
      label: 'Sync Now',
      accelerator: 'CmdOrCtrl+Shift+S',
    });
    for (const id of ['newLead', 'search', 'syncNow']) {
      const click = byId.get(id)?.click;
      if (typeof click !== 'function') throw new Error(`${id} has no click handler`);
      Reflect.apply(click, undefined, []);
    }
    expect(actions).toEqual(['newLead', 'search', 'syncNow']);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDevelopment: boolean) =>
      allItems(build({ isDevelopment }).template).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('forceReload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('labels every item in both languages (no role left to its English default)', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const platform of ['darwin', 'win32', 'linux'] as const) {
        for (const item of allItems(build({ locale, platform }).template)) {
          if (item.type === 'separator') continue;
          expect(item.label, `${locale} ${platform} ${item.role ?? item.id}`).toBeTruthy();
        }
      }
    }
    expect(Object.keys(menuLabels['zh-CN'])).toEqual(Object.keys(menuLabels.en));
  });
});

describe('menuLocaleFor', () => {
  it('speaks Chinese to any Chinese system and English otherwise', () => {
    expect(menuLocaleFor('zh-CN')).toBe('zh-CN');
    expect(menuLocaleFor('zh')).toBe('zh-CN');
    expect(menuLocaleFor('zh-Hans-CN')).toBe('zh-CN');
    expect(menuLocaleFor('en-US')).toBe('en');
    expect(menuLocaleFor('de')).toBe('en');
  });
});
