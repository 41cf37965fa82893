// Picks the tfjs backend: WebGPU, WebGL, WASM, then CPU in the browser; CPU (or WASM) in Node.
import { tf } from './tf';

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

export interface BackendInfo {
  /** The tfjs backend that runs kernels. */
  name: BackendName;
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

// Note [Synchronous readback]: the runtime reads kernel results synchronously (dataSync) when a host
// kernel, a strided write or printing needs them. tfjs' WebGPU backend does this through a canvas
// copy that some browsers do not support (headless Chromium with SwiftShader returns zeros), so a
// backend is accepted only when a matmul that really runs on it reads back the right values.
function probeKernel(): string | null {
  const got = tf.tidy(() => tf.matMul(tf.tensor2d([1, 2, 3, 4], [2, 2]), tf.tensor2d([5, 6, 7, 8], [2, 2])).dataSync());
  const expected = [19, 22, 43, 50];
  if (expected.every((v, i) => got[i] === v)) return null;
  return `synchronous readback (dataSync) of a 2x2 matmul gave [${Array.from(got).join(', ')}], expected [${expected.join(', ')}]`;
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

/** Initialises one backend; returns the reason it cannot run, or null and extra details. */
async function tryBackend(name: BackendName): Promise<{ reason: string } | { adapter?: string }> {
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
    const wrong = probeKernel();
    if (wrong !== null) {
      await tf.setBackend('cpu');
      return { reason: wrong };
    }
    return adapter === undefined ? {} : { adapter };
  } catch (e) {
    return { reason: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Chooses and initialises the backend once; later calls return the same record. The first
 * backend of `order` that initialises and runs a kernel wins; the others are listed with reasons.
 */
export async function initBackend(order: readonly BackendName[] = DEFAULT_ORDER): Promise<BackendInfo> {
  if (current !== null) return current;
  const start = performance.now();
  const skipped: BackendInfo['skipped'] = [];
  for (const name of order) {
    const r = await tryBackend(name);
    if (!('reason' in r)) {
      current = { name, skipped, initMs: Math.round(performance.now() - start), ...r };
      return current;
    }
    skipped.push({ name, reason: r.reason });
  }
  throw new Error(`no tfjs backend could be initialised: ${JSON.stringify(skipped)}`);
}

/** Selects the CPU backend synchronously (Node, tests, and code that runs before initBackend). */
export function useCpuBackend(): BackendInfo {
  if (current === null || current.name !== 'cpu') {
    void tf.setBackend('cpu');
    const skipped = current === null ? [] : [...current.skipped, { name: current.name, reason: 'replaced by cpu' }];
    current = { name: 'cpu', skipped, initMs: 0 };
  }
  return current;
}

/** Forgets the chosen backend so the next `initBackend` chooses again (tests and benchmarks). */
export function resetBackend(): void {
  current = null;
}

/** The backend in use; selects CPU when nothing was initialised yet. */
export function currentBackend(): BackendInfo {
  return current ?? useCpuBackend();
}
