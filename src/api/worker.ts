/**
 * The compiler's Web Worker: runs analyze() off the main thread so typing never
 * waits for the compiler, and so a runaway program can be stopped by terminating
 * the worker (the client's watchdog does that).
 */
import { initBackend } from '../runtime/backend';
import { analyze, analyzeAsync } from './analyze';
import { completionLists } from './completions';
import { diffKinds } from './graph_diff';
import { buildGraphModel } from './graph_model';
import type { CompileRequest, CompileResponse, CompilerCall, CompilerReply, WorkerEnvelope, WorkerReplyEnvelope } from './protocol';
import type { AnalyzeResult } from './types';

// WebGPU first, then WebGL, WASM, CPU; chosen once per worker (Note [Async readback]).
let backendReady: Promise<unknown> | undefined;

/** Answers one call; exported for tests, which run it without a worker. */
export async function handleCall(call: CompilerCall): Promise<CompilerReply> {
  if (call.kind === 'model') return buildGraphModel(call.text);
  if (call.kind === 'completions') return completionLists();
  backendReady ??= initBackend().catch(() => undefined);
  await backendReady;
  return compile(call.request);
}

async function compile(request: CompileRequest): Promise<CompileResponse> {
  const started = performance.now();
  const { diff, ...analyzeRequest } = request;
  // The entry runs on the compute backend (WebGPU when it works); the diff's other mode is
  // compiled synchronously, since only its graph and code are shown.
  const result = await analyzeAsync(analyzeRequest);
  const response: { -readonly [K in keyof CompileResponse]: CompileResponse[K] } = { result, workerMs: 0 };
  if (result.graph) response.graphModel = buildGraphModel(result.graph, result.methods);
  if (result.inlinedGraph) response.inlinedModel = buildGraphModel(result.inlinedGraph);
  if (diff) {
    // The diff compares the same entry both ways; reuse the result already computed.
    const entry = result.entry ?? undefined;
    const other = (mode: 'script' | 'trace'): AnalyzeResult =>
      request.mode === mode ? result : analyze({ ...analyzeRequest, mode, ...(entry ? { entry } : {}) });
    const script = other('script');
    const trace = other('trace');
    const kinds = diffKinds(script, trace);
    response.diff = { script, trace, ...(kinds ? { kinds } : {}) };
  }
  response.workerMs = performance.now() - started;
  return response;
}

// Only when loaded as a worker: a test importing handleCall has no `self.onmessage` to set.
const scope = globalThis as unknown as { document?: unknown; postMessage?: unknown; onmessage?: unknown };
if (typeof scope.document === 'undefined' && typeof scope.postMessage === 'function' && 'onmessage' in scope) {
  const post = scope.postMessage as (message: WorkerReplyEnvelope<CompilerReply>) => void;
  scope.onmessage = (event: MessageEvent<WorkerEnvelope<CompilerCall>>) => {
    const { id, body } = event.data;
    try {
      // Note [Heartbeat]: fires only while the request awaits (a GPU readback), so the client's
      // watchdog tells a long WebGPU run from a runaway loop.
      const heartbeat = setInterval(() => post({ id, alive: true }), 1000);
      handleCall(body)
        .then(
          (reply) => post({ id, ok: true, body: reply }),
          // A compiler bug (an assert), not a user error: report it as one.
          (e: unknown) => post({ id, ok: false, error: `internal error: ${e instanceof Error ? e.message : String(e)}` }),
        )
        .finally(() => clearInterval(heartbeat));
    } catch (e) {
      post({ id, ok: false, error: `internal error: ${e instanceof Error ? e.message : String(e)}` });
    }
  };
}
