/**
 * The layout worker: ELK's layered layout of a graph model, off the main thread
 * (ELK takes about 0.3 s for 100 nodes, seconds for 1,000).
 */
// elkjs's package entry requires the optional `web-worker` package; the bundled build
// runs ELK in this thread, which is already a worker.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { WorkerMessage, WorkerReplyEnvelope } from '../../api/protocol';
import type { GraphModel } from '../../api/graph_model';
import { layOutCalls, openedCalls, spliceCalls } from './call_layout';
import type { DrawnGraph, LayoutCall } from './drawing';
import { fromElk, toElk } from './elk_graph';

const elk = new ELK();

/** Lays out one model; exported for tests, which run it without a worker. */
export async function layout(call: LayoutCall): Promise<DrawnGraph> {
  const started = performance.now();
  const drawn = await layoutModel(call.model, new Set(call.collapsed));
  return { ...drawn, layoutMs: performance.now() - started };
}

// Opened calls first, each on its own (Note [Calls lay out alone]), then the graph around them.
async function layoutModel(model: GraphModel, collapsed: ReadonlySet<string>): Promise<DrawnGraph> {
  const calls = await layOutCalls(openedCalls(model.nodes, collapsed), collapsed, layoutModel);
  const sizes = new Map([...calls].map(([id, c]) => [id, { width: c.drawn.width, height: c.drawn.height }]));
  const { elk: input, builder } = toElk(model, collapsed, sizes);
  const laid = await elk.layout(input);
  return spliceCalls(fromElk(laid, builder, 0), calls, (id) => builder.callTops.get(id) ?? 0);
}

const scope = globalThis as unknown as { document?: unknown; postMessage?: unknown; onmessage?: unknown };
if (typeof scope.document === 'undefined' && typeof scope.postMessage === 'function' && 'onmessage' in scope) {
  const post = scope.postMessage as (message: WorkerReplyEnvelope<DrawnGraph>) => void;
  scope.onmessage = (event: MessageEvent<WorkerMessage<LayoutCall>>) => {
    // ELK runs without awaiting, so a cancel (Note [Cancelled runs]) cannot stop it: the next layout waits for it, or the channel restarts this worker.
    if ('cancel' in event.data) return;
    const { id, body } = event.data;
    // The acknowledgement of Note [Cancelled runs]: this worker has taken the request up.
    post({ id, alive: true });
    layout(body).then(
      (drawn) => post({ id, ok: true, body: drawn }),
      (e: unknown) => post({ id, ok: false, error: `layout failed: ${e instanceof Error ? e.message : String(e)}` }),
    );
  };
}
