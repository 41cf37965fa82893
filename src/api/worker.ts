/**
 * The compiler's Web Worker: runs analyze() off the main thread so typing never
 * waits for the compiler, and so a runaway program can be stopped by terminating
 * the worker (the client's watchdog does that).
 */
import { initBackend } from '../runtime/backend';
import { cancelRuns } from '../runtime/interpreter';
import { analyzeStaged, compileOnly } from './analyze';
import { completionLists } from './completions';
import { diffKinds } from './graph_diff';
import { buildGraphModel } from './graph_model';
import { traceFindings } from './trace_findings';
import type { CompileRequest, CompileResponse, CompilerCall, CompilerReply, WorkerMessage, WorkerReplyEnvelope } from './protocol';
import type { AnalyzeResult } from './types';

// WebGPU first, then WebGL, WASM, CPU; chosen once per worker (Note [Async readback]).
let backendReady: Promise<unknown> | undefined;
const ready = (): Promise<unknown> => (backendReady ??= initBackend().catch(() => undefined));

/**
 * Answers one call; exported for tests, which run it without a worker. `partial` receives
 * what a compile has computed before its run (Note [Compile before run]).
 */
export async function handleCall(call: CompilerCall, partial: (reply: CompileResponse) => void = () => undefined): Promise<CompilerReply> {
  if (call.kind === 'model') return buildGraphModel(call.text);
  if (call.kind === 'completions') return completionLists();
  await ready();
  return compile(call.request, partial);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// Note [Compile before run]: the panes that show the program (IR, code, graph, markers) must follow
// typing within 150 ms, but running the entry can take seconds (WebGPU compiles its shaders on
// first use). So the compiled result is posted as soon as it exists, then the diff's other mode
// (compiled, not run), and only then is the entry run; the output pane shows its last result as
// stale until the run's reply arrives.
async function compile(request: CompileRequest, partial: (reply: CompileResponse) => void): Promise<CompileResponse> {
  const started = performance.now();
  const { diff, ...analyzeRequest } = request;
  const staged = analyzeStaged(analyzeRequest);
  const response: Mutable<CompileResponse> = { result: staged.compiled, workerMs: 0 };
  if (staged.compiled.graph) response.graphModel = buildGraphModel(staged.compiled.graph, staged.compiled.methods);
  if (staged.compiled.inlinedGraph) response.inlinedModel = buildGraphModel(staged.compiled.inlinedGraph);
  const post = (): void => partial({ ...response, workerMs: performance.now() - started });
  post();
  if (diff) {
    // The diff compares the same entry both ways; the other mode is compiled, never run.
    const entry = staged.compiled.entry ?? undefined;
    const other = (mode: 'script' | 'trace'): AnalyzeResult =>
      request.mode === mode ? staged.compiled : compileOnly({ ...analyzeRequest, mode, ...(entry ? { entry } : {}) });
    const script = other('script');
    const trace = other('trace');
    const kinds = diffKinds(script, trace);
    response.diff = { script, trace, ...(kinds ? { kinds } : {}), findings: traceFindings(script, trace) };
    post();
  }
  response.result = await staged.run();
  response.workerMs = performance.now() - started;
  return response;
}

// Only when loaded as a worker: a test importing handleCall has no `self.onmessage` to set.
const scope = globalThis as unknown as { document?: unknown; postMessage?: unknown; onmessage?: unknown };
if (typeof scope.document === 'undefined' && typeof scope.postMessage === 'function' && 'onmessage' in scope) {
  const post = scope.postMessage as (message: WorkerReplyEnvelope<CompilerReply>) => void;
  let running: number | undefined;
  const cancelled = new Set<number>();
  scope.onmessage = (event: MessageEvent<WorkerMessage<CompilerCall>>) => {
    const message = event.data;
    const id = message.id;
    if ('cancel' in message) {
      // Note [Cancelled runs]: a running request stops at its next await; one not started yet is skipped.
      cancelled.add(id);
      if (id === running) cancelRuns();
      return;
    }
    // Requests start in order once the backend is ready (the first one waits for it).
    void ready().then(() => start(id, message.body));
  };

  const start = (id: number, call: CompilerCall): void => {
    if (cancelled.delete(id)) {
      post({ id, ok: false, error: 'cancelled before it started' });
      return;
    }
    running = id;
    // Note [Cancelled runs]: the acknowledgement that this request's synchronous work begins now;
    // a worker stuck in an older request never sends it, and the channel restarts it.
    post({ id, alive: true });
    // Note [Heartbeat]: fires only while the request awaits (a GPU readback), so the client's
    // watchdog tells a long WebGPU run from a runaway loop.
    const heartbeat = setInterval(() => post({ id, alive: true }), 500);
    handleCall(call, (reply) => post({ id, partial: reply }))
      .then(
        (reply) => post({ id, ok: true, body: reply }),
        // A compiler bug (an assert), not a user error: report it as one.
        (e: unknown) => post({ id, ok: false, error: `internal error: ${e instanceof Error ? e.message : String(e)}` }),
      )
      .finally(() => {
        clearInterval(heartbeat);
        cancelled.delete(id);
        if (running === id) running = undefined;
      });
  };
}
