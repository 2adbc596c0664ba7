import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Opens the quick capture drawer with Ctrl+N and waits for it to settle: its focus trap focuses
 * the first field when the drawer mounts and again when it activates, and keys typed between the
 * two land in the first field. A person sees the drawer slide in before typing; so does this.
 */
export async function openQuickCapture(
  page: Page,
  { name = 'New lead', firstField = 'First name' } = {},
): Promise<Locator> {
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog.getByLabel(firstField, { exact: true })).toBeFocused();
  await expect
    .poll(() =>
      dialog.evaluate(
        (element) =>
          element
            .getAnimations({ subtree: true })
            .filter((animation) => animation.playState === 'running').length,
      ),
    )
    .toBe(0);
  await expect(dialog.getByLabel(firstField, { exact: true })).toBeFocused();
  return dialog;
}
