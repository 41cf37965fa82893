// The runtime check inside a Web Worker, where the compiler runs in the app.
import type { BackendName } from '../../src/runtime/backend';
import { runtimeCheck } from './runtime-check';

self.onmessage = (e: MessageEvent<BackendName[] | null>) => {
  runtimeCheck(e.data ?? undefined).then(
    (ok) => self.postMessage({ ok }),
    (err: unknown) => self.postMessage({ error: err instanceof Error ? err.message : String(err) }),
  );
};
