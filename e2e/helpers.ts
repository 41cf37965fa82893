import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Opens the app with a clean autosave and waits for Monaco. */
export async function openApp(page: Page, path = '/'): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path);
  await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
  return errors;
}

/** Replaces the editor's text as a user would: select all, then paste (typing would auto-indent). */
export async function setSource(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  // Monaco takes input through a hidden textarea or an EditContext element; clicking the text focuses either.
  await page.locator('[data-testid="editor"] .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await expect.poll(() => page.evaluate(() => document.querySelector('[data-testid="editor"] .view-lines')?.textContent?.length ?? 0)).toBeGreaterThan(0);
}

export function fixtureGraph(name: string): string {
  return readFileSync(`tests/golden/api/graphs/${name}.graph`, 'utf8');
}

/** Shows a `.graph` text in the graph pane through the app's test hook. */
export async function showGraph(page: Page, text: string): Promise<void> {
  const answer = await page.evaluate((t) => (window as unknown as { jitscope: { showGraph(t: string): Promise<string> } }).jitscope.showGraph(t), text);
  expect(answer).toBe('ok');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}

export async function loadExample(page: Page, id: string): Promise<void> {
  await page.getByTestId('examples').click();
  await page.getByTestId(`example-${id}`).click();
}

/** The editor text on the line at the vertical middle of `marker` (a squiggle). */
export async function lineUnder(page: Page, marker: Locator): Promise<string> {
  const box = (await marker.boundingBox())!;
  const texts = await page.locator('[data-testid="editor"] .view-line').evaluateAll((lines, y) => {
    return lines
      .filter((l) => {
        const r = l.getBoundingClientRect();
        return r.top <= y && y < r.bottom;
      })
      .map((l) => l.textContent ?? '');
  }, box.y + box.height / 2);
  return texts.join('').replace(/\u00a0/g, ' ');
}

/** Waits until no pane is recomputing (the compile and the graph layout are done). */
export async function settledPanes(page: Page): Promise<void> {
  await page.waitForTimeout(350);
  await expect(page.locator('.stale-dot')).toHaveCount(0, { timeout: 30_000 });
}
