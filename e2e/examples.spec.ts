import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { loadExample, openApp, screenshot, settledPanes } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.clear());
});

interface Seen {
  readonly graph: boolean;
  readonly graphNodes: number;
  readonly ir: boolean;
  readonly code: boolean;
  readonly outputs: boolean;
  readonly errors: string[];
}

async function look(page: Page): Promise<Seen> {
  return {
    graph: (await page.getByTestId('graph-view').count()) > 0,
    graphNodes: await page.locator('[data-testid="graph-view"] g[data-kind]').count(),
    ir: (await page.getByTestId('ir-view').locator('.text-view').count()) > 0,
    code: (await page.getByTestId('code-view').locator('.text-view').count()) > 0,
    outputs: (await page.getByTestId('outputs').count()) > 0,
    errors: (await page.locator('[data-testid="output-view"] .diagnostic.error .message').allTextContents()).map((t) => t.split('\n').find((l) => l.trim()) ?? ''),
  };
}

// What PyTorch 1.13 produces for each example's entry (checked by running the programs):
// every entry has a graph, IR, .code and outputs in script mode and in trace mode, except
// foo (an int argument cannot be traced) and loop_in_traced_fn (its own check_inputs fail).
const TRACE_FAILS = new Set(['foo-loop', 'loop-in-traced-fn']);
// fill_row_zero's `torch.rand(*x.shape[1:2])` does not script (a starred list of unknown size).
const SCRIPT_FAILS = new Set(['fill-row-zero']);

test('every example in every mode: screenshots and what each pane shows', async ({ page }) => {
  test.setTimeout(600_000);
  const errors = await openApp(page);
  await page.getByTestId('examples').click();
  const ids = (await page.locator('[data-testid^="example-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('example-'.length)))).filter(Boolean);
  await page.getByTestId('examples').click();
  const rows: string[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    await loadExample(page, id);
    for (const mode of ['script', 'trace', 'eager'] as const) {
      await page.getByTestId(`mode-${mode}`).click();
      await settledPanes(page);
      const seen = await look(page);
      await screenshot(page, `example-${id}-${mode}`);
      rows.push(`${id.padEnd(18)} ${mode.padEnd(6)} nodes=${String(seen.graphNodes).padStart(3)} ir=${+seen.ir} code=${+seen.code} out=${+seen.outputs} ${seen.errors.join(' | ').slice(0, 110)}`);
      const expectGraph = (mode === 'script' && !SCRIPT_FAILS.has(id)) || (mode === 'trace' && !TRACE_FAILS.has(id));
      if (expectGraph && !(seen.graph && seen.ir && seen.code && seen.outputs)) missing.push(`${id} ${mode}`);
      if (mode === 'eager' && !seen.outputs) missing.push(`${id} eager (outputs)`);
    }
  }
  console.log(['example            mode   what the panes show', ...rows].join('\n'));
  test.info().annotations.push({ type: 'examples without graph/IR/code/outputs where PyTorch has them', description: missing.join(', ') || 'none' });
  console.log(`missing where PyTorch produces them: ${missing.join(', ') || 'none'}`);
  expect(errors).toEqual([]);
});
