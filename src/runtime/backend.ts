// Picks the tfjs backend: WebGPU, WebGL, WASM, then CPU in the browser; CPU (or WASM) in Node.
import { tf } from './tf';
import { setSyncReadback } from './storage';

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

export interface BackendInfo {
  /** The tfjs backend that computes graph runs (runGraphAsync); the first of the order that works. */
  name: BackendName;
  /** Whether `name` reads results back synchronously (Note [Synchronous readback]). */
  syncReadback: boolean;
  /** tfjs' active backend, where synchronous code runs: `name` when it has syncReadback. */
  syncName: BackendName;
  /** Backends tried before it and why they were skipped. */
  skipped: { name: BackendName; reason: string }[];
  /** How long choosing and initialising took, in milliseconds. */
  initMs: number;
  /** The WebGPU adapter (vendor and architecture) when the backend is webgpu. */
  adapter?: string;
}

let current: BackendInfo | null = null;

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

/** The order `initBackend()` tries when none is given. */
export const DEFAULT_ORDER: readonly BackendName[] = isNode ? ['cpu'] : ['webgpu', 'webgl', 'wasm', 'cpu'];

interface GpuLike {
  requestAdapter(): Promise<{ info?: { vendor?: string; architecture?: string } } | null>;
}

/** Describes the WebGPU adapter, or returns null with the reason none is usable. */
async function gpuAdapter(): Promise<{ adapter: string } | { reason: string }> {
  const gpu = typeof navigator === 'undefined' ? undefined : (navigator as unknown as { gpu?: GpuLike }).gpu;
  if (gpu === undefined) return { reason: 'navigator.gpu is not available' };
  const adapter = await gpu.requestAdapter();
  if (adapter === null) return { reason: 'navigator.gpu.requestAdapter() returned null' };
  const info = adapter.info ?? {};
  return { adapter: [info.vendor, info.architecture].filter((s) => s !== undefined && s !== '').join(' ') || 'unknown' };
}

// Note [WASM binaries]: in the browser the .wasm files are assets Vite emits (`?url` imports give
// their hashed URLs); setWasmPaths must run before the backend initialises. In Node the package
// reads them from node_modules itself.
async function loadWasm(): Promise<void> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  if (isNode) return;
  const [plain, simd, threaded] = await Promise.all([
    import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url'),
    import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url'),
    import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url'),
  ]);
  wasm.setWasmPaths({
    'tfjs-backend-wasm.wasm': plain.default,
    'tfjs-backend-wasm-simd.wasm': simd.default,
    'tfjs-backend-wasm-threaded-simd.wasm': threaded.default,
  });
}

// Note [Synchronous readback]: synchronous code (the eager interpreter, the tracer, printing, host
// kernels) reads kernel results with dataSync. A backend is usable when a 2x2 matmul that really
// runs on it reads back the right values asynchronously (`data()`); it has `syncReadback` when
// dataSync gives them too. WebGPU is never read synchronously: tfjs does it through a canvas copy
// that it warns is slow, that headless Chromium on SwiftShader answers with zeros, and whose failure
// leaves the device unusable. When the chosen backend lacks sync readback, the next backend of the
// order that has it (else cpu) becomes tfjs' active backend for synchronous code, and only
// runGraphAsync computes on the chosen one (Note [Async readback] in storage.ts).
const PROBE_EXPECTED = [19, 22, 43, 50];

function probeTensor(): tf.Tensor {
  return tf.tidy(() => tf.matMul(tf.tensor2d([1, 2, 3, 4], [2, 2]), tf.tensor2d([5, 6, 7, 8], [2, 2])));
}

function probeError(how: string, got: ArrayLike<number>): string | null {
  if (PROBE_EXPECTED.every((v, i) => got[i] === v)) return null;
  return `${how} of a 2x2 matmul gave [${Array.from(got).join(', ')}], expected [${PROBE_EXPECTED.join(', ')}]`;
}

async function probeAsync(): Promise<string | null> {
  const t = probeTensor();
  try {
    return probeError('asynchronous readback (data)', await t.data());
  } finally {
    t.dispose();
  }
}

function probeSync(): string | null {
  const t = probeTensor();
  try {
    return probeError('synchronous readback (dataSync)', t.dataSync());
  } finally {
    t.dispose();
  }
}

/** Why a backend's factory fails (tfjs' setBackend only logs it). */
async function factoryError(name: BackendName): Promise<string> {
  try {
    const backend = await (tf.findBackendFactory(name) as () => tf.KernelBackend | Promise<tf.KernelBackend>)();
    backend.dispose();
    return 'unknown error';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Initialises one backend and probes it; returns the reason it cannot run, or what it can do. */
async function tryBackend(name: BackendName, asyncOnly: boolean): Promise<{ reason: string } | { adapter?: string; syncReadback: boolean }> {
  try {
    let adapter: string | undefined;
    if (name === 'webgpu') {
      const probe = await gpuAdapter();
      if ('reason' in probe) return probe;
      adapter = probe.adapter;
      await import('@tensorflow/tfjs-backend-webgpu');
    } else if (name === 'webgl' && isNode) {
      return { reason: 'WebGL needs a browser' };
    } else if (name === 'wasm' && tf.findBackendFactory('wasm') === null) {
      await loadWasm();
    }
    if (tf.findBackendFactory(name) === null) return { reason: 'backend not bundled' };
    if (!(await tf.setBackend(name))) return { reason: `initialisation failed: ${await factoryError(name)}` };
    await tf.ready();
    const wrong = await probeAsync();
    if (wrong !== null) return { reason: wrong };
    const syncReadback = name !== 'webgpu' && !asyncOnly && probeSync() === null;
    return adapter === undefined ? { syncReadback } : { adapter, syncReadback };
  } catch (e) {
    return { reason: e instanceof Error ? e.message : String(e) };
  }
}

export interface InitOptions {
  /** Backends treated as lacking synchronous readback (tests of the async path in Node). */
  readonly asyncReadback?: readonly BackendName[];
}

interface EngineFields {
  backendName: string;
  backendInstance: tf.KernelBackend | null;
}

// Backends whose kernels tfjs has set up once (setBackend ran for them).
const setUp = new Set<string>();

/**
 * Selects an initialised backend synchronously. tfjs' setBackend does not await once a backend is
 * initialised, but it sets up every kernel again (WASM re-binds its functions: about 0.6 ms), so
 * after the first time only the engine's two fields change; setup is idempotent per instance.
 */
export function switchBackend(name: string): void {
  if (tf.getBackend() === name) return;
  const instance = tf.findBackend(name);
  if (instance === null) throw new Error(`backend ${name} is not initialised`);
  const engine = tf.engine() as unknown as EngineFields;
  if (setUp.has(name) && 'backendInstance' in engine) {
    engine.backendName = name;
    engine.backendInstance = instance;
    return;
  }
  void tf.setBackend(name);
  setUp.add(name);
}

/** The backend tfjs runs kernels on right now. */
export function activeBackend(): string {
  return tf.getBackend();
}

/**
 * Chooses and initialises the backends once; later calls return the same record. The first
 * backend of `order` that initialises and computes correctly wins; when it lacks synchronous
 * readback, the next one that has it (else cpu) is made tfjs' active backend for synchronous code.
 */
export async function initBackend(order: readonly BackendName[] = DEFAULT_ORDER, options: InitOptions = {}): Promise<BackendInfo> {
  if (current !== null) return current;
  const start = performance.now();
  const skipped: BackendInfo['skipped'] = [];
  const asyncOnly = new Set(options.asyncReadback ?? []);
  let chosen: { name: BackendName; syncReadback: boolean; adapter?: string } | undefined;
  let syncName: BackendName | undefined;
  for (const name of [...order, ...(order.includes('cpu') ? [] : ['cpu' as const])]) {
    if (chosen !== undefined && name === 'cpu' && !order.includes('cpu')) {
      syncName = 'cpu';
      break;
    }
    const r = await tryBackend(name, asyncOnly.has(name));
    if ('reason' in r) {
      if (order.includes(name)) skipped.push({ name, reason: r.reason });
      continue;
    }
    if (chosen === undefined) chosen = { name, ...r };
    if (r.syncReadback) {
      syncName = name;
      break;
    }
  }
  if (chosen === undefined || syncName === undefined) throw new Error(`no tfjs backend could be initialised: ${JSON.stringify(skipped)}`);
  if (!chosen.syncReadback) setSyncReadback(chosen.name, false);
  await tf.setBackend(syncName);
  current = { name: chosen.name, syncReadback: chosen.syncReadback, syncName, skipped, initMs: Math.round(performance.now() - start) };
  if (chosen.adapter !== undefined) current.adapter = chosen.adapter;
  return current;
}

/** Selects the CPU backend synchronously (Node, tests, and code that runs before initBackend). */
export function useCpuBackend(): BackendInfo {
  if (current === null || current.name !== 'cpu') {
    void tf.setBackend('cpu');
    const skipped = current === null ? [] : [...current.skipped, { name: current.name, reason: 'replaced by cpu' }];
    forgetAsyncReadback();
    current = { name: 'cpu', syncReadback: true, syncName: 'cpu', skipped, initMs: 0 };
  }
  return current;
}

/** Forgets the chosen backend so the next `initBackend` chooses again (tests and benchmarks). */
export function resetBackend(): void {
  forgetAsyncReadback();
  current = null;
}

function forgetAsyncReadback(): void {
  if (current !== null && !current.syncReadback) setSyncReadback(current.name, true);
}

/** The backend in use; selects CPU when nothing was initialised yet. */
export function currentBackend(): BackendInfo {
  return current ?? useCpuBackend();
}
