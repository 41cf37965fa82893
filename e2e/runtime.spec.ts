// The runtime in headless Chromium: initBackend() picks WebGPU, runGraphAsync computes on it, and
// results agree with tfjs' cpu backend and PyTorch.
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { PreviewServer } from 'vite';
import { build, preview } from 'vite';
import type { BackendName } from '../src/runtime/backend';
import type { CheckResult } from './pages/runtime-check';
import type { GraphCheckResult } from './pages/graph-check';
import type { tf as Tf } from '../src/runtime/tf';

// Note [Runtime test page]: the page is built by Vite (same version and worker format as the app)
// into its own folder and served on its own port, so the app's vite.config.ts needs no extra entry.
const root = fileURLToPath(new URL('./pages', import.meta.url));
const outDir = fileURLToPath(new URL('../test-results/runtime-page', import.meta.url));
const port = 4175;
let server: PreviewServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const shared = { root, configFile: false as const, logLevel: 'warn' as const, worker: { format: 'es' as const } };
  await build({ ...shared, build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: `${root}/runtime.html` } } });
  server = await preview({ ...shared, build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' } });
});

test.afterAll(async () => {
  await server?.close();
});

async function check(page: Page, where: 'page' | 'worker', order?: BackendName[]): Promise<CheckResult> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${port}/runtime.html`);
  await expect(page.locator('#out')).toHaveText('ready');
  const result = await page.evaluate(
    ([w, o]) => (w === 'page' ? window.runtimeCheck(o ?? undefined) : window.runtimeCheckInWorker(o ?? undefined)),
    [where, order ?? null] as const,
  );
  expect(errors).toEqual([]);
  console.log(`${where} ${result.backend.name}: first run ${result.firstRunMs.toFixed(0)} ms, warm ${result.warmRunMs.toFixed(0)} ms, init ${result.backend.initMs} ms, adapter ${result.backend.adapter ?? '-'}`);
  return result;
}

function expectAgreesWithCpu(r: CheckResult): void {
  expect(Object.keys(r.ops).sort()).toEqual(['add', 'conv2d', 'matmul', 'stridedWrite', 'sum', 'tanh']);
  for (const [name, { maxDiff, values, reference }] of Object.entries(r.ops)) {
    expect(values.length, name).toBeGreaterThan(0);
    expect.soft(maxDiff, `${name}: ${values.map((x) => x.toFixed(4))} vs cpu ${reference.map((x) => x.toFixed(4))}`).toBeLessThanOrEqual(1e-4);
  }
  expect(r.numTensors[1], 'tf.memory().numTensors after 20 scoped runs').toBe(r.numTensors[0]);
}

/**
 * WebGPU computes (its kernels are checked through asynchronous readback) and, as it never reads
 * back synchronously (Note [Synchronous readback] in backend.ts), synchronous code runs on the next
 * backend that does (WebGL; WASM where tfjs refuses software WebGL), with the reasons recorded.
 */
function expectGpuChoice(r: CheckResult | GraphCheckResult): void {
  expect(r.backend).toMatchObject({ name: 'webgpu', syncReadback: false });
  expect(['webgl', 'wasm']).toContain(r.backend.syncName);
  expect(r.tfBackend).toBe(r.backend.syncName);
  expect(r.backend.skipped.map((s) => s.name)).toEqual(r.backend.syncName === 'webgl' ? [] : ['webgl']);
  for (const s of r.backend.skipped) expect(s.reason).not.toBe('');
}

test('initBackend chooses WebGPU to compute and WebGL for synchronous code; kernels match cpu', async ({ page }) => {
  test.setTimeout(120_000);
  const r = await check(page, 'page');
  console.log(`page backend: ${JSON.stringify(r.backend)}`);
  expectGpuChoice(r);
  expectAgreesWithCpu(r);
});

test('the same choice inside a module Worker (where the compiler runs)', async ({ page }) => {
  test.setTimeout(120_000);
  const r = await check(page, 'worker');
  console.log(`worker backend: ${JSON.stringify(r.backend)}`);
  expectGpuChoice(r);
  expectAgreesWithCpu(r);
});

async function graphCheckOn(page: Page, where: 'page' | 'worker'): Promise<GraphCheckResult> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${port}/runtime.html`);
  await expect(page.locator('#out')).toHaveText('ready');
  const r = await page.evaluate((w) => (w === 'page' ? window.graphCheck() : window.graphCheckInWorker()), where);
  expect(errors).toEqual([]);
  console.log(
    `${where} graph on ${r.backend.name}: first run ${r.firstRunMs.toFixed(0)} ms, warm ${r.warmRunMs.toFixed(0)} ms; ${r.cases} conformance cases in ${r.casesMs.toFixed(0)} ms`,
  );
  return r;
}

function expectGraphOnWebGpu(r: GraphCheckResult): void {
  expectGpuChoice(r);
  // The parameters stay uploaded where the graph computed.
  expect(r.inputBackends).toEqual(['webgpu', 'webgpu', 'webgpu']);
  expect(r.values.length).toBe(r.reference.length);
  expect(r.maxDiff, `${r.values.map((x) => x.toFixed(4))} vs cpu ${r.reference.map((x) => x.toFixed(4))}`).toBeLessThanOrEqual(1e-4);
  expect(r.numTensors[1], 'tf.memory().numTensors after 10 more runs').toBe(r.numTensors[0]);
  expect(r.cases).toBeGreaterThan(0);
  expect(r.problems).toEqual([]);
  if (r.approximate.length > 0) console.log(`within 1e-3 of PyTorch only:\n${r.approximate.join('\n')}`);
  expect(r.approximate.length).toBeLessThanOrEqual(2);
}

test('runGraphAsync computes a graph on WebGPU (matmul, add, tanh, strided writes, branch, loop) like cpu, and the conformance graphs like PyTorch', async ({ page }) => {
  test.setTimeout(300_000);
  expectGraphOnWebGpu(await graphCheckOn(page, 'page'));
});

test('runGraphAsync on WebGPU inside a Worker', async ({ page }) => {
  test.setTimeout(300_000);
  expectGraphOnWebGpu(await graphCheckOn(page, 'worker'));
});

test('WebGPU kernels compute correctly when read back asynchronously', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`http://127.0.0.1:${port}/runtime.html`);
  await expect(page.locator('#out')).toHaveText('ready');
  const r = await page.evaluate(async () => {
    // Without initBackend: its failed synchronous readback leaves the WebGPU device unusable here.
    const w = window as unknown as { tf: typeof Tf; loadWebGpu: () => Promise<unknown> };
    await w.loadWebGpu();
    const tf = w.tf;
    const ok = await tf.setBackend('webgpu');
    // Inputs are rebuilt per backend: moving a tensor off WebGPU would read it back synchronously.
    const run = () => {
      const x = tf.tensor4d(Array.from({ length: 50 }, (_, i) => Math.sin(i)), [1, 5, 5, 2]);
      const k = tf.tensor4d(Array.from({ length: 54 }, (_, i) => Math.cos(i)), [3, 3, 2, 3]);
      return [tf.conv2d(x, k, 1, 'same'), tf.tanh(tf.matMul(tf.reshape(x, [5, 10]), tf.reshape(x, [10, 5])))];
    };
    const gpu = await Promise.all(run().map((t) => t.data()));
    await tf.setBackend('cpu');
    const cpu = run().map((t) => t.dataSync());
    return { ok, diff: Math.max(...gpu.flatMap((g, j) => Array.from(g, (v, i) => Math.abs(v - cpu[j][i])))) };
  });
  expect(r.ok).toBe(true);
  expect(r.diff).toBeLessThanOrEqual(1e-4);
});

test('WebGL is the next choice', async ({ page }) => {
  test.setTimeout(120_000);
  const r = await check(page, 'page', ['webgl', 'cpu']);
  expect(r.backend.name).toBe('webgl');
  expectAgreesWithCpu(r);
});

test('WASM loads its binaries from the URLs Vite emitted, on the page and in a Worker', async ({ page }) => {
  test.setTimeout(120_000);
  const r = await check(page, 'page', ['wasm', 'cpu']);
  expect([r.backend.name, r.tfBackend]).toEqual(['wasm', 'wasm']);
  expectAgreesWithCpu(r);
  const w = await check(page, 'worker', ['wasm', 'cpu']);
  expect(w.backend.name).toBe('wasm');
  expectAgreesWithCpu(w);
});
