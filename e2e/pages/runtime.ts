// Test page: exposes the runtime checks on the page and inside a module Worker.
import type { BackendName } from '../../src/runtime/backend';
import type { CheckResult } from './runtime-check';
import { runtimeCheck } from './runtime-check';
import type { GraphCheckResult } from './graph-check';
import { graphCheck } from './graph-check';
import type { WorkerCheck } from './runtime-worker';
import { tf } from '../../src/runtime/tf';
import { initBackend } from '../../src/runtime/backend';

declare global {
  interface Window {
    runtimeCheck: (order?: BackendName[]) => Promise<CheckResult>;
    runtimeCheckInWorker: (order?: BackendName[]) => Promise<CheckResult>;
    graphCheck: () => Promise<GraphCheckResult>;
    graphCheckInWorker: () => Promise<GraphCheckResult>;
  }
}

function inWorker<T>(message: WorkerCheck): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./runtime-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ ok: T } | { error: string }>) => {
      worker.terminate();
      if ('ok' in e.data) resolve(e.data.ok);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage(message);
  });
}

window.runtimeCheck = runtimeCheck;
window.runtimeCheckInWorker = (order) => inWorker({ kind: 'ops', order: order ?? null });
window.graphCheck = graphCheck;
window.graphCheckInWorker = () => inWorker({ kind: 'graph' });
(document.getElementById('out') as HTMLElement).textContent = 'ready';
// For ad-hoc diagnosis from the console and from tests.
Object.assign(window, { tf, initBackend, loadWebGpu: () => import('@tensorflow/tfjs-backend-webgpu') });
