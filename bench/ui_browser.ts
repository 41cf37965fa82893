/**
 * The playground's responsiveness targets, measured in headless Debian Chromium on the production
 * build (part of `npm run bench`):
 *   - edit to updated IR and `.code`: one keystroke in a 100-line program (bench/program100.ts),
 *     from the page's keydown event to the panes' text changing; target < 150 ms;
 *   - ResNet-18 `.graph` (module calls collapsed) laid out and drawn; target < 1 s;
 *   - the longest main-thread task meanwhile; target < 50 ms.
 * Prints one JSON object. BENCH_EDITS sets the number of edits (default 20); --no-build reuses dist/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { setSource } from '../e2e/helpers';
import { hundredLineProgram, LAST_CONSTANT } from './program100';

const PORT = 4179;
const URL_BASE = `http://127.0.0.1:${PORT}`;

interface Probe {
  keydownAt: number;
  target: string;
  irAt: number | undefined;
  codeAt: number | undefined;
  longTasks: number[];
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(URL_BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on port ${PORT}`);
}

function stats(xs: number[]): { median: number; p90: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number): number => Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]!);
  return { median: at(0.5), p90: at(0.9), max: Math.round(s.at(-1)!) };
}

/** Installs the page-side probe: keydown time, and when the IR and code panes first show `target`. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { probe: Probe };
    w.probe = { keydownAt: 0, target: '', irAt: undefined, codeAt: undefined, longTasks: [] };
    window.addEventListener('keydown', () => (w.probe.keydownAt = performance.now()), true);
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.probe.longTasks.push(e.duration))).observe({ type: 'longtask' });
    const watch = (id: string, field: 'irAt' | 'codeAt'): void => {
      const el = document.querySelector(`[data-testid="${id}"]`)!;
      new MutationObserver(() => {
        if (w.probe[field] === undefined && w.probe.target && el.textContent?.includes(w.probe.target)) w.probe[field] = performance.now();
      }).observe(el, { subtree: true, childList: true, characterData: true });
    };
    watch('ir-view', 'irAt');
    watch('code-view', 'codeAt');
  });
}

/** One keystroke that changes the entry's last constant; milliseconds to the IR and the code panes. */
interface EditTimes {
  readonly ir: number;
  readonly code: number;
  /** keydown to the compile request (debounce, editor, React), request to compiled answer (worker). */
  readonly toSend: number;
  readonly worker: number;
}

async function edit(page: Page, digit: string): Promise<EditTimes> {
  const target = LAST_CONSTANT.slice(0, -1) + digit;
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Backspace');
  await page.evaluate((t) => {
    const p = (window as unknown as { probe: Probe }).probe;
    Object.assign(p, { target: t, irAt: undefined, codeAt: undefined });
  }, target);
  await page.keyboard.type(digit);
  await page.waitForFunction(() => {
    const p = (window as unknown as { probe: Probe }).probe;
    return p.irAt !== undefined && p.codeAt !== undefined;
  }, undefined, { timeout: 20_000 });
  return page.evaluate(() => {
    const p = (window as unknown as { probe: Probe }).probe;
    // The first request after the keystroke, and its compiled answer.
    const after = (name: string, t: number): number => performance.getEntriesByName(name).find((e) => e.startTime >= t)?.startTime ?? NaN;
    const send = after('jitscope:send', p.keydownAt);
    const compiled = after('jitscope:compiled', send);
    return { ir: p.irAt! - p.keydownAt, code: p.codeAt! - p.keydownAt, toSend: send - p.keydownAt, worker: compiled - send };
  });
}

async function resnetLayout(page: Page): Promise<{ layoutMs: number; shownMs: number; nodes: number }> {
  const text = readFileSync('tests/golden/api/graphs/resnet18_script.graph', 'utf8');
  const started = Date.now();
  await page.evaluate((t) => (window as unknown as { jitscope: { showGraph(t: string): Promise<string> } }).jitscope.showGraph(t), text);
  await page.locator('[data-testid="graph-view"][data-complete="true"]').filter({ hasText: 'layer4.forward' }).waitFor({ timeout: 30_000 });
  const shownMs = Date.now() - started;
  const status = (await page.getByTestId('graph-status').textContent()) ?? '';
  const nodes = await page.locator('[data-testid="graph-view"] g[data-kind]').count();
  return { layoutMs: Number(/layout (\d+) ms/.exec(status)?.[1]), shownMs, nodes };
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await waitForServer();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx compiles this file with esbuild's keepNames, which wraps the functions passed to
    // page.evaluate in calls to a `__name` helper that exists only in Node.
    await page.addInitScript('globalThis.__name = (f) => f');
    await page.goto(URL_BASE);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('[data-testid="editor"][data-ready="true"]').waitFor();
    await installProbe(page);
    await setSource(page, hundredLineProgram());
    await page.getByTestId('ir-view').filter({ hasText: LAST_CONSTANT }).waitFor({ timeout: 60_000 });
    await page.getByTestId('output-view').getByTestId('outputs').waitFor({ timeout: 60_000 });
    const backend = await page.getByTestId('backend').textContent();
    await page.evaluate(() => ((window as unknown as { probe: Probe }).probe.longTasks = []));

    // Warm-up edits, not counted: the worker's first compiles run cold (JIT, WebGPU pipelines).
    for (const digit of ['3', '4', '5']) await edit(page, digit);
    const edits = Number(process.env.BENCH_EDITS ?? 20);
    const ir: number[] = [];
    const code: number[] = [];
    const toSend: number[] = [];
    const worker: number[] = [];
    for (let i = 0; i < edits; i++) {
      const r = await edit(page, String(1 + ((i + 6) % 9)));
      ir.push(r.ir);
      if (process.env.BENCH_VERBOSE) console.error(`edit ${i}: IR ${r.ir.toFixed(0)} ms (to request ${r.toSend.toFixed(0)}, worker ${r.worker.toFixed(0)})`);
      code.push(r.code);
      toSend.push(r.toSend);
      worker.push(r.worker);
      // A pause between edits, as between a person's keystrokes.
      await page.waitForTimeout(150);
    }
    const typingLongest = Math.max(0, ...(await page.evaluate(() => (window as unknown as { probe: Probe }).probe.longTasks)));
    await page.evaluate(() => ((window as unknown as { probe: Probe }).probe.longTasks = []));
    const resnet = await resnetLayout(page);
    const drawingLongest = Math.max(0, ...(await page.evaluate(() => (window as unknown as { probe: Probe }).probe.longTasks)));
    const lines = hundredLineProgram().split('\n').length;
    console.log(
      JSON.stringify(
        {
          backend,
          [`edit to IR pane, ${lines}-line program (ms, target < 150)`]: stats(ir),
          [`edit to .code pane (ms)`]: stats(code),
          'of which keydown to compile request (adaptive debounce, editor, React)': stats(toSend),
          'of which compile request to compiled answer (worker, messages)': stats(worker),
          'longest main-thread task while typing (ms, target < 50)': Math.round(typingLongest),
          'ResNet-18 .graph, module calls collapsed: nodes drawn': resnet.nodes,
          'ResNet-18 layout in the worker (ms)': resnet.layoutMs,
          'ResNet-18 laid out and drawn (ms, target < 1000)': resnet.shownMs,
          'longest main-thread task while drawing (ms, target < 50)': Math.round(drawingLongest),
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
