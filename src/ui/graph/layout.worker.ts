/**
 * The layout worker: ELK's layered layout of a graph model, off the main thread
 * (ELK takes about 0.3 s for 100 nodes, seconds for 1,000).
 */
// elkjs's package entry requires the optional `web-worker` package; the bundled build
// runs ELK in this thread, which is already a worker.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { WorkerEnvelope, WorkerReplyEnvelope } from '../../api/protocol';
import type { DrawnGraph, LayoutCall } from './drawing';
import { fromElk, toElk } from './elk_graph';

const elk = new ELK();

/** Lays out one model; exported for tests, which run it without a worker. */
export async function layout(call: LayoutCall): Promise<DrawnGraph> {
  const started = performance.now();
  const { elk: input, builder } = toElk(call.model, new Set(call.collapsed));
  const laid = await elk.layout(input);
  return fromElk(laid, builder, performance.now() - started);
}

const scope = globalThis as unknown as { document?: unknown; postMessage?: unknown; onmessage?: unknown };
if (typeof scope.document === 'undefined' && typeof scope.postMessage === 'function' && 'onmessage' in scope) {
  const post = scope.postMessage as (message: WorkerReplyEnvelope<DrawnGraph>) => void;
  scope.onmessage = (event: MessageEvent<WorkerEnvelope<LayoutCall>>) => {
    const { id, body } = event.data;
    layout(body).then(
      (drawn) => post({ id, ok: true, body: drawn }),
      (e: unknown) => post({ id, ok: false, error: `layout failed: ${e instanceof Error ? e.message : String(e)}` }),
    );
  };
}
