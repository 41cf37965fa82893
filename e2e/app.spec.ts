import { expect, test, type Page } from '@playwright/test';
import { lineUnder, loadExample, openApp, screenshot, setSource, settledPanes } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('keep')) localStorage.clear();
  });
});

test('the playground opens with its panes, mode toggle and backend badge', async ({ page }) => {
  const errors = await openApp(page);
  await expect(page).toHaveTitle(/jitscope/);
  for (const id of ['graph-view', 'ir-view', 'code-view', 'output-view', 'share-button', 'backend', 'examples']) {
    if (id === 'graph-view') continue; // drawn only when there is a graph
    await expect(page.getByTestId(id)).toBeVisible();
  }
  // `none` until analyze() runs programs on a tfjs backend.
  await expect(page.getByTestId('backend')).toHaveText(/^(webgpu|webgl|wasm|cpu|none)$/);
  await expect(page.getByTestId('mode-script')).toHaveAttribute('aria-checked', 'true');
  await page.getByTestId('mode-trace').click();
  await expect(page.getByTestId('mode-trace')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('mode-script')).toHaveAttribute('aria-checked', 'false');
  await screenshot(page, 'main');
  expect(errors).toEqual([]);
});

test('loading an example replaces the program and picks its entry', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('examples').click();
  await page.getByTestId('example-foo-loop').click();
  await expect(page.locator('[data-testid="editor"] .view-lines')).toContainText('def foo(len: int)');
  await expect(page.getByTestId('entry')).toHaveValue('foo');
  await expect(page.getByTestId('mode-script')).toHaveAttribute('aria-checked', 'true');
  await page.getByTestId('examples').click();
  await page.getByTestId('example-mycell-trace').click();
  await expect(page.getByTestId('mode-trace')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('entry')).toHaveValue('MyCell');
});

test('editing the code updates the entries and the IR pane', async ({ page }) => {
  await openApp(page);
  await setSource(page, 'import torch\n\ndef first(x: torch.Tensor):\n    return x + 1\n');
  await expect(page.getByTestId('ir-view')).toContainText(/aten::add|first/);
  const started = Date.now();
  await setSource(page, 'import torch\n\ndef first(x: torch.Tensor):\n    return x + 1\n\ndef second(x: torch.Tensor):\n    return x * 2\n');
  await expect(page.getByTestId('ir-view')).toContainText(/aten::mul|second/);
  const elapsed = Date.now() - started;
  await expect(page.getByTestId('entry').locator('option')).toHaveText(['last defined (second)', 'def first', 'def second']);
  test.info().annotations.push({ type: 'edit-to-IR-pane ms (debounce included)', description: String(elapsed) });
  console.log(`edit to updated IR pane: ${elapsed} ms (debounce included)`);
  expect(elapsed).toBeLessThan(2000);
});

test('typing while the compiler answers loses no keystroke (Note [Typed text is not echoed])', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('ir-view')).toContainText('prim::CallMethod');
  await page.locator('[data-testid="editor"] .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  const typed = ['print(scripted_cell.code + "xyz")', 'print(scripted_cell.graph)'];
  await page.keyboard.type(`\n${typed.join('\n')}`, { delay: 30 });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('ir-view')).toContainText('prim::CallMethod');
  await expect(page.getByTestId('output-view')).toContainText('xyz');
  const lines = (await page.locator('[data-testid="editor"] .view-line').allTextContents()).map((l) => l.replace(/\u00a0/g, ' '));
  for (const line of typed) expect(lines).toContain(line);
});

test('a compile error shows a marker on its line and in the output', async ({ page }) => {
  await openApp(page);
  await setSource(page, 'import torch\n\ndef f(x: torch.Tensor):\n    return x +\n\ndef g(y):\n    return y\n');
  // Wait for this source's result, so the markers are not the previous example's.
  await expect(page.getByTestId('output-view')).toContainText('line 4');
  const squiggle = page.locator('[data-testid="editor"] .squiggly-error').first();
  await expect(squiggle).toBeVisible();
  expect(await lineUnder(page, squiggle)).toContain('return x +');
  await expect(page.getByTestId('output-view')).toContainText('line 4');
  await screenshot(page, 'compile-error');
});

test('a permalink reproduces the view in a new page', async ({ page, context }) => {
  await openApp(page);
  const source = 'import torch\n\ndef shared_link(x: torch.Tensor):\n    return torch.relu(x)\n';
  await setSource(page, source);
  await page.getByTestId('mode-trace').click();
  await page.getByTestId('toggle-diff').click();
  await page.getByTestId('share-button').click();
  await expect(page.getByTestId('share-button')).toHaveText('Link copied');
  const url = page.url();
  expect(url).toMatch(/#v1\/[A-Za-z0-9_-]+$/);

  const other = await context.newPage();
  await other.addInitScript(() => localStorage.clear());
  await openApp(other, url.slice(url.indexOf('/#')));
  await expect(other.locator('[data-testid="editor"] .view-lines')).toContainText('def shared_link(x: torch.Tensor):');
  await expect(other.getByTestId('mode-trace')).toHaveAttribute('aria-checked', 'true');
  await expect(other.getByTestId('diff-view')).toBeVisible();
  await expect(other.getByTestId('link-error')).toHaveCount(0);
});

test('plain ?code= links load, broken links explain themselves and load nothing', async ({ page }) => {
  await openApp(page, '/?code=def%20from_query(x)%3A%0A%20%20%20%20return%20x&mode=trace&entry=from_query');
  await expect(page.locator('[data-testid="editor"] .view-lines')).toContainText('def from_query(x):');
  await expect(page.getByTestId('mode-trace')).toHaveAttribute('aria-checked', 'true');

  await page.goto('about:blank');
  await openApp(page, '/#v1/this-is-not-a-link');
  await expect(page.getByTestId('link-error')).toContainText('damaged');
  await expect(page.locator('[data-testid="editor"] .view-lines')).not.toContainText('from_query');
});

test('the source survives a reload', async ({ page }) => {
  await openApp(page);
  await setSource(page, 'import torch\n\ndef kept_after_reload(x):\n    return x\n');
  await page.waitForTimeout(700);
  await page.evaluate(() => sessionStorage.setItem('keep', '1'));
  await page.goto('/');
  await expect(page.locator('[data-testid="editor"] .view-lines')).toContainText('kept_after_reload');
});

test('the diff pane shows script and trace side by side', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('toggle-diff').click();
  const diff = page.getByTestId('diff-view');
  await expect(diff).toHaveAttribute('data-ready', 'true');
  await expect(diff.locator('.editor.original')).toBeVisible();
  await expect(diff.locator('.editor.modified')).toBeVisible();
  await expect(diff.locator('.editor.original .view-lines')).toContainText(/graph\(|no\sgraph\sfrom\sscript|script\sfailed/);
  await expect(diff.locator('.editor.modified .view-lines')).toContainText(/graph\(|no\sgraph\sfrom\strace|trace\sfailed/);
  await screenshot(page, 'diff');
});

test('a pane can be maximised and restored', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('maximise-ir').click();
  await expect(page.locator('.pane-ir')).toHaveClass(/maximised/);
  await page.keyboard.press('Escape');
  await expect(page.locator('.pane-ir')).not.toHaveClass(/maximised/);
});

test('a `while True:` loop is stopped with a message and the page stays responsive', async ({ page }) => {
  await openApp(page);
  await setSource(page, 'import torch\n\ndef spin(x):\n    while True:\n        x = x + 1\n    return x\n\nspin(torch.zeros(1))\n');
  await expect(page.getByTestId('output-notice')).toContainText('Stopped', { timeout: 20_000 });
  // The main thread never waited for the worker: a click answers at once.
  const started = Date.now();
  await page.getByTestId('mode-trace').click();
  await expect(page.getByTestId('mode-trace')).toHaveAttribute('aria-checked', 'true', { timeout: 500 });
  expect(Date.now() - started).toBeLessThan(500);
  await screenshot(page, 'while-true-stopped');
  // A fixed program runs again in a fresh worker.
  await page.getByTestId('mode-script').click();
  await setSource(page, 'import torch\n\ndef calm(x: torch.Tensor):\n    return x * 3\n');
  await expect(page.getByTestId('ir-view')).toContainText('aten::mul', { timeout: 20_000 });
  await expect(page.getByTestId('output-notice')).toHaveCount(0);
});

test('toggling trace and script makes prim::If disappear and appear', async ({ page }) => {
  await openApp(page);
  await loadExample(page, 'decision-gate');
  await expect(page.getByTestId('ir-view')).toContainText('prim::If');
  const graph = page.getByTestId('graph-view');
  await expect(graph.locator('g[data-kind="prim::If"] > g[data-block="block0"]')).toHaveCount(1);
  await page.getByTestId('mode-trace').click();
  await expect(page.getByTestId('ir-view')).toContainText('graph(');
  await expect(page.getByTestId('ir-view')).not.toContainText('prim::If');
  // The trace froze the branch: sum and gt were recorded, then dead, so x is returned as is.
  await expect(page.getByTestId('ir-view')).toContainText('return (%x)');
  await expect(graph.locator('g[data-kind="prim::If"]')).toHaveCount(0);
  await screenshot(page, 'decision-gate-trace');
  await page.getByTestId('mode-script').click();
  await expect(page.getByTestId('ir-view')).toContainText('prim::If');
  await expect(graph.locator('g[data-kind="prim::If"]')).toHaveCount(1);
});

test('a TracerWarning is an editor marker on its line', async ({ page }) => {
  await openApp(page);
  await loadExample(page, 'decision-gate');
  await page.getByTestId('mode-trace').click();
  await expect(page.getByTestId('output-view')).toContainText('TracerWarning');
  const squiggle = page.locator('[data-testid="editor"] .squiggly-warning').first();
  await expect(squiggle).toBeVisible();
  expect(await lineUnder(page, squiggle)).toContain('if x.sum() > 0:');
});

test('the output shows the entry\'s results as PyTorch prints tensors', async ({ page }) => {
  await openApp(page);
  await loadExample(page, 'foo-loop');
  await expect(page.getByTestId('outputs')).toContainText('tensor([[-8., -8., -8., -8.],');
  await expect(page.getByTestId('backend')).toHaveText(/^(webgpu|webgl|wasm|cpu)$/);
});

test('the results are computed on webgpu', async ({ page }) => {
  // The worker picks WebGPU (Chromium runs with --enable-unsafe-webgpu) and the entry runs with runGraphAsync.
  await openApp(page);
  await loadExample(page, 'foo-loop');
  await expect(page.getByTestId('outputs')).toContainText('tensor([[-8., -8., -8., -8.],');
  await expect(page.getByTestId('backend')).toHaveText('webgpu');
});

test('the inputs box feeds the entry and travels in the permalink', async ({ page, context }) => {
  await openApp(page);
  await loadExample(page, 'decision-gate');
  await page.getByTestId('inputs').fill('(-torch.ones(2, 2),)');
  await expect(page.getByTestId('outputs')).toContainText('tensor([[1., 1.],');
  await page.getByTestId('inputs').fill('(torch.ones(2, 2)');
  await expect(page.getByTestId('output-view')).toContainText('example inputs:');
  await page.getByTestId('inputs').fill('(torch.full((1, 3), -2.0),)');
  await expect(page.getByTestId('outputs')).toContainText('tensor([[2., 2., 2.]])');
  await page.getByTestId('share-button').click();
  await expect(page.getByTestId('share-button')).toHaveText('Link copied');
  const url = page.url();
  const other = await context.newPage();
  await other.addInitScript(() => localStorage.clear());
  await openApp(other, url.slice(url.indexOf('/#')));
  await expect(other.getByTestId('inputs')).toHaveValue('(torch.full((1, 3), -2.0),)');
  await expect(other.getByTestId('outputs')).toContainText('tensor([[2., 2., 2.]])');
  await screenshot(other, 'inputs-box');
});

test('the diff marks on the graph what tracing changed', async ({ page }) => {
  await openApp(page);
  await loadExample(page, 'decision-gate');
  await page.getByTestId('toggle-diff').click();
  const summary = page.getByTestId('diff-summary');
  await expect(summary).toContainText(/trace: 0 prim::If, 0 prim::Loop, \d+ constants; script: 1 prim::If, 0 prim::Loop/);
  await expect(summary).toContainText('only in script:');
  // The findings name the frozen branch and the baked condition on their lines; a click shows the line.
  const findings = page.getByTestId('diff-findings');
  await expect(findings).toContainText('branch frozen');
  await expect(findings).toContainText('line 7: the branch was frozen: the trace always takes the if-branch');
  await expect(findings).toContainText('value baked in');
  await findings.getByRole('button').first().click();
  await expect(page.locator('[data-testid="editor"] .line-numbers.active-line-number')).toHaveText('7');
  const graph = page.getByTestId('graph-view');
  await expect(graph.locator('g[data-kind="prim::If"][data-diff="finding"]')).toHaveCount(1);
  await expect(graph.locator('g[data-kind="prim::If"][data-diff="finding"] > title')).toContainText('the branch was frozen');
  await expect(graph.locator('g[data-kind="aten::neg"][data-diff="only-here"]')).toHaveCount(1);
  await settledPanes(page);
  await screenshot(page, 'diff-marks');
  // The traced graph has nothing the scripted one lacks.
  await page.getByTestId('mode-trace').click();
  await expect(page.getByTestId('ir-view')).not.toContainText('prim::If');
  await expect(graph.locator('g[data-diff]')).toHaveCount(0);
});

test('the editor completes torch functions, Tensor methods and nn classes', async ({ page }) => {
  await openApp(page);
  await setSource(page, 'import torch\nimport torch.nn as nn\n\ndef f(x: torch.Tensor):\n    return x\n');
  // Typed slowly, as a person would: the suggest widget re-filters on every key.
  const suggest = page.locator('[data-testid="editor"] .suggest-widget .monaco-list-row');
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('y = x.transp', { delay: 60 });
  await expect(suggest.filter({ hasText: 'transpose' }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await page.keyboard.type('y = torch.matm', { delay: 60 });
  await expect(suggest.filter({ hasText: 'matmul' }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await page.keyboard.type('m = nn.Conv', { delay: 60 });
  await expect(suggest.filter({ hasText: 'Conv2d' }).first()).toBeVisible();
  await screenshot(page, 'completion');
});

const typed = 'import torch\n\ndef f(x: torch.Tensor, n: int) -> torch.Tensor:\n    y = x * 2\n    k = n + 1\n    return y + k\n';

/** The centre of the `col`th character (0-based) of the editor line whose text contains `text`. */
async function charPoint(page: Page, text: string, col: number): Promise<{ x: number; y: number }> {
  const line = page.locator('[data-testid="editor"] .view-line').filter({ hasText: text }).first();
  const box = (await line.boundingBox())!;
  const content = ((await line.textContent()) ?? '').replace(/\u00a0/g, ' ');
  const span = line.locator('span').first();
  const width = (await span.boundingBox())!.width / content.length;
  return { x: box.x + (col + 0.5) * width, y: box.y + box.height / 2 };
}

test('hovering a name shows the type the compiler inferred', async ({ page }) => {
  await openApp(page);
  await setSource(page, typed);
  await expect(page.getByTestId('code-view')).toContainText('k = torch.add(n, 1)');
  const at = await charPoint(page, 'k = n + 1', 4);
  await page.mouse.move(at.x, at.y);
  await expect(page.locator('.monaco-hover').filter({ hasText: 'k: int' })).toBeVisible({ timeout: 10_000 });
  await screenshot(page, 'hover-type');
});

test('the .code pane cross-highlights with the editor both ways', async ({ page }) => {
  await openApp(page);
  await setSource(page, typed);
  const code = page.getByTestId('code-view');
  await expect(code).toContainText('y = torch.mul(x, 2)');
  // A .code line picked: its source line lights up in the editor.
  await code.locator('.line', { hasText: 'torch.mul(x, 2)' }).click();
  await expect(page.locator('[data-testid="editor"] .editor-hl-line')).toHaveCount(1);
  // The editor's cursor on a line: the .code lines printed from it light up.
  const at = await charPoint(page, 'k = n + 1', 6);
  await page.mouse.click(at.x, at.y);
  await expect(code.locator('.line.hl')).toHaveText(/k = torch.add\(n, 1\)/);
  await screenshot(page, 'code-cross-highlight');
});
