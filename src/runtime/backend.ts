// Picks the tfjs backend: WebGPU, then WebGL, then CPU in the browser; CPU in Node.
import { tf } from './tf';

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

export interface BackendInfo {
  /** The tfjs backend that runs kernels. */
  name: BackendName;
  /** Backends tried before it and why they were skipped. */
  skipped: { name: BackendName; reason: string }[];
}

let current: BackendInfo | null = null;

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

async function tryBackend(name: BackendName): Promise<string | null> {
  try {
    if (name === 'webgpu') {
      if (typeof navigator === 'undefined' || !('gpu' in navigator)) return 'navigator.gpu is not available';
      await import('@tensorflow/tfjs-backend-webgpu');
    }
    if (tf.findBackendFactory(name) === null) return 'backend not bundled';
    const ok = await tf.setBackend(name);
    if (!ok) return 'initialisation failed';
    await tf.ready();
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Chooses and initialises the backend once; later calls return the same record. */
export async function initBackend(order?: BackendName[]): Promise<BackendInfo> {
  if (current !== null) return current;
  const candidates: BackendName[] = order ?? (isNode ? ['cpu'] : ['webgpu', 'webgl', 'wasm', 'cpu']);
  const skipped: BackendInfo['skipped'] = [];
  for (const name of candidates) {
    const reason = await tryBackend(name);
    if (reason === null) {
      current = { name, skipped };
      return current;
    }
    skipped.push({ name, reason });
  }
  throw new Error(`no tfjs backend could be initialised: ${JSON.stringify(skipped)}`);
}

/** Selects the CPU backend synchronously (Node, tests, and code that runs before initBackend). */
export function useCpuBackend(): BackendInfo {
  if (current === null || current.name !== 'cpu') {
    tf.setBackend('cpu');
    current = { name: 'cpu', skipped: current === null ? [] : [...current.skipped, { name: current.name, reason: 'replaced by cpu' }] };
  }
  return current;
}

/** The backend in use; selects CPU when nothing was initialised yet. */
export function currentBackend(): BackendInfo {
  return current ?? useCpuBackend();
}
