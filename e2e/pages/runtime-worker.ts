// The runtime checks inside a Web Worker, where the compiler runs in the app.
import type { BackendName } from '../../src/runtime/backend';
import { graphCheck } from './graph-check';
import { runtimeCheck } from './runtime-check';

export type WorkerCheck = { kind: 'ops'; order: BackendName[] | null } | { kind: 'graph' };

self.onmessage = (e: MessageEvent<WorkerCheck>) => {
  const run = e.data.kind === 'graph' ? graphCheck() : runtimeCheck(e.data.order ?? undefined);
  run.then(
    (ok) => self.postMessage({ ok }),
    (err: unknown) => self.postMessage({ error: err instanceof Error ? err.message : String(err) }),
  );
};
