import { expect, test } from '@playwright/test';

test('the playground page loads with its editor and mode toggle', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page).toHaveTitle(/jitscope/);
  await expect(page.getByTestId('editor')).toBeVisible();
  await expect(page.getByTestId('mode-script')).toHaveAttribute('aria-checked', 'true');
  await page.getByTestId('mode-trace').click();
  await expect(page.getByTestId('mode-trace')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('ir-view')).toContainText('trace');
  await page.screenshot({ path: 'test-results/screenshots/first-page.png' });
  expect(errors).toEqual([]);
});
