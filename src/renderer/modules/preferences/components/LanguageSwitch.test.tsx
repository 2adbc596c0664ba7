import { notifications } from '@mantine/notifications';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldbookData } from '../../../data/index.ts';
import { openUiTestData, renderApp } from '../../../test/renderApp.tsx';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  data = await openUiTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

describe('language switch', () => {
  it('switches the whole app between English and Simplified Chinese and remembers it', async () => {
    const { user } = renderApp(data);
    const language = await screen.findByRole('combobox', { name: 'Language' });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      '简体中文',
      'English',
    ]);

    await user.selectOptions(language, '简体中文');
    expect(await screen.findByRole('heading', { name: '线索', level: 1 })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '语言' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: '搜索线索' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem('fieldbook.language')).toBe('zh-CN');

    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'English');
    expect(await screen.findByRole('heading', { name: 'Leads', level: 1 })).toBeTruthy();
    expect(localStorage.getItem('fieldbook.language')).toBe('en');
  });

  it('closes the open toasts when the language changes, instead of leaving them in the old one', async () => {
    const { user, i18n } = renderApp(data);
    const language = await screen.findByRole('combobox', { name: 'Language' });
    act(() => {
      notifications.show({ message: i18n.t('export.failed'), color: 'red', autoClose: false });
    });
    expect(await screen.findByText(i18n.t('export.failed', { lng: 'en' }))).toBeTruthy();

    await user.selectOptions(language, '简体中文');
    await screen.findByRole('heading', { name: '线索', level: 1 });
    // The toast slides out (its exit transition) rather than vanishing.
    await waitFor(() =>
      expect(screen.queryByText(i18n.t('export.failed', { lng: 'en' }))).toBeNull(),
    );
    expect(screen.queryByText(i18n.t('export.failed', { lng: 'zh-CN' }))).toBeNull();
  });
});
