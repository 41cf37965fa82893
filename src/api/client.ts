/**
 * The main thread's handle on the compiler worker. The UI calls `compile` as the
 * user types; only the newest request is computed, and a program that does not
 * finish within the time budget is stopped by restarting the worker.
 */
import type { CompletionLists } from './completion_lists';
import type { GraphModelResult } from './graph_model';
import type { CompileRequest, CompileResponse, CompilerCall, CompilerReply } from './protocol';
import { RpcChannel } from './rpc';
import type { RpcOptions, WorkerLike } from './rpc';

export { RequestAbandoned } from './rpc';
export type { CompileRequest, CompileResponse } from './protocol';
export type { CompletionLists } from './completion_lists';

/**
 * Milliseconds a compile and run may take before it counts as runaway. ResNet-18 (run the
 * program, script, run on WebGPU in a fresh worker) takes about 5 s on a slow machine.
 */
export const DEFAULT_COMPILE_TIMEOUT_MS = 12_000;

function startCompilerWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'jitscope-compiler' });
}

export class CompilerClient {
  private readonly channel: RpcChannel<CompilerCall, CompilerReply>;

  constructor(options: Partial<RpcOptions> = {}, factory: () => WorkerLike = startCompilerWorker) {
    this.channel = new RpcChannel(factory, { timeoutMs: DEFAULT_COMPILE_TIMEOUT_MS, interruptAfterMs: 1000, ...options });
  }

  /**
   * Compiles and runs a program; a newer call supersedes this one. `onCompiled` sees the
   * response before the entry has run (Note [Compile before run]), possibly more than once.
   */
  compile(request: CompileRequest, onCompiled?: (partial: CompileResponse) => void): Promise<CompileResponse> {
    const onPartial = onCompiled as ((reply: CompilerReply) => void) | undefined;
    return this.channel.request('compile', { kind: 'compile', request }, undefined, onPartial) as Promise<CompileResponse>;
  }

  /** The drawable model of a `.graph` text. */
  model(text: string): Promise<GraphModelResult> {
    return this.channel.request('model', { kind: 'model', text }) as Promise<GraphModelResult>;
  }

  /** The editor's completion lists; asked once, on its own lane so typing does not supersede it. */
  completions(): Promise<CompletionLists> {
    return this.channel.request('completions', { kind: 'completions' }) as Promise<CompletionLists>;
  }

  dispose(): void {
    this.channel.dispose();
  }
}
