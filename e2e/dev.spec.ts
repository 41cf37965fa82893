// The dev server (`npm run dev`) serves modules one by one, starts workers from source and runs
// React in StrictMode (effects run, clean up and run again): a smoke test of the whole loop there.
import { expect, test } from '@playwright/test';
import { openApp, setSource } from './helpers';

test('npm run dev: the playground compiles, runs and follows an edit', async ({ page }) => {
  // The first visit makes Vite pre-bundle dependencies and compile the worker's sources.
  test.setTimeout(180_000);
  await page.addInitScript(() => localStorage.clear());
  const errors = await openApp(page);
  await setSource(page, 'import torch\n\ndef f(x: torch.Tensor):\n    return x * 3\n\nexample_inputs = (torch.ones(2),)\n');
  await expect(page.getByTestId('ir-view')).toContainText('aten::mul', { timeout: 120_000 });
  await expect(page.getByTestId('outputs')).toHaveText('tensor([3., 3.])', { timeout: 60_000 });
  await expect(page.getByTestId('backend')).toHaveText(/^(webgpu|webgl|wasm|cpu)$/);
  await setSource(page, 'import torch\n\ndef f(x: torch.Tensor):\n    return x - 3\n\nexample_inputs = (torch.ones(2),)\n');
  await expect(page.getByTestId('ir-view')).toContainText('aten::sub');
  await expect(page.getByTestId('outputs')).toHaveText('tensor([-2., -2.])');
  expect(errors).toEqual([]);
});
