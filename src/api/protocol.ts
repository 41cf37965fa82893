/**
 * Messages between the playground's main thread and its compiler worker. Plain data
 * only, so they cross postMessage unchanged.
 */
import type { CompletionLists } from './completion_lists';
import type { KindDiff } from './graph_diff';
import type { GraphModelResult } from './graph_model';
import type { TraceFinding } from './trace_findings';
import type { AnalyzeRequest, AnalyzeResult } from './types';

export interface CompileRequest extends AnalyzeRequest {
  /** Also analyse the entry in script and in trace mode, for the diff pane. */
  readonly diff?: boolean;
}

export interface CompileResponse {
  readonly result: AnalyzeResult;
  /** The drawable model of `result.graph`, when there is one. */
  readonly graphModel?: GraphModelResult;
  /** The drawable model of `result.inlinedGraph`, when there is one. */
  readonly inlinedModel?: GraphModelResult;
  /** Script and trace results for the diff pane, when asked for. */
  readonly diff?: { readonly script: AnalyzeResult; readonly trace: AnalyzeResult; readonly kinds?: KindDiff; readonly findings: readonly TraceFinding[] };
  /** Time spent in the worker, milliseconds. */
  readonly workerMs: number;
}

export type CompilerCall =
  | { readonly kind: 'compile'; readonly request: CompileRequest }
  /** Builds the model of a graph text alone (graphs pasted or loaded from a fixture). */
  | { readonly kind: 'model'; readonly text: string }
  /** The editor's completion lists (built once from the operator registry and src/nn). */
  | { readonly kind: 'completions' };

export type CompilerReply = CompileResponse | GraphModelResult | CompletionLists;

/** The envelope of every message: `id` pairs a reply with its request. */
export interface WorkerEnvelope<T> {
  readonly id: number;
  readonly body: T;
}

/** What the channel posts: a request, or Note [Cancelled runs]: stop request `id` at its next await. */
export type WorkerMessage<T> = WorkerEnvelope<T> | { readonly id: number; readonly cancel: true };

export type WorkerReplyEnvelope<T> =
  | { readonly id: number; readonly ok: true; readonly body: T }
  | { readonly id: number; readonly ok: false; readonly error: string }
  /** Note [Heartbeat]: the request is still making progress (sent while the worker awaits the GPU). */
  | { readonly id: number; readonly alive: true }
  /** Note [Compile before run]: what the request has computed so far; the final reply follows. */
  | { readonly id: number; readonly partial: T };
