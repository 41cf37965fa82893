/**
 * Compiles as the user types: briefly debounced, off the main thread, newest request wins.
 * A request answers twice (Note [Compile before run]): the compiled program first, for the
 * panes that show it, then the entry's run, for the output pane. The last good answers stay
 * on screen, marked stale, while the next ones compute.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { CompilerClient, DEFAULT_COMPILE_TIMEOUT_MS, RequestAbandoned } from '../../api/client';
import type { CompileRequest, CompileResponse } from '../../api/client';

/**
 * Milliseconds of quiet typing before a compile: about as long as recent compiles took in the
 * worker (a moving average, so one cold start does not slow the typing after it), within these
 * bounds. A 100-line program compiles in 15-30 ms, so each keystroke compiles (a newer request
 * cancels an older one: Note [Cancelled runs]); a program that takes seconds to load waits for
 * a pause in the typing instead of being restarted on every key.
 */
export const DEBOUNCE_MS = { min: 10, max: 300 } as const;

export interface CompileState {
  /** The newest answer, compiled and perhaps not yet run: for the IR, code, graph and markers. */
  readonly response: CompileResponse | undefined;
  /** True when `response` answers the current request (not an older one). */
  readonly current: boolean;
  /** The newest answer that compiled to a graph, for showing while the program has errors. */
  readonly lastGood: CompileResponse | undefined;
  /** The newest answer whose entry has run: for the output pane. */
  readonly ran: CompileResponse | undefined;
  /** The newest trace/script diff (it arrives after the compiled answer). */
  readonly diff: CompileResponse['diff'];
  /** No compiled answer to the current request yet. */
  readonly stale: boolean;
  /** The current request's run has not finished. */
  readonly running: boolean;
  /** A problem outside the program (stopped, crashed), for the output pane. */
  readonly notice: string | undefined;
  /** Milliseconds from the edit (after the debounce) to the compiled answer and to the run's. */
  readonly roundTripMs: { readonly compiled: number; readonly ran: number | undefined } | undefined;
  /** Compiles now, skipping the debounce (Ctrl/Cmd+Enter). */
  readonly runNow: () => void;
  readonly client: CompilerClient;
}

interface Answer {
  readonly response: CompileResponse;
  readonly key: string;
}

export function useCompiler(request: CompileRequest): CompileState {
  const clientRef = useRef<CompilerClient | undefined>(undefined);
  const [restartNotice, setRestartNotice] = useState<string | undefined>();
  clientRef.current ??= new CompilerClient({
    onRestart: (reason, detail) => {
      if (reason === 'timeout') {
        setRestartNotice(
          `Stopped: the program did not finish within ${DEFAULT_COMPILE_TIMEOUT_MS / 1000} s (an endless loop?), so its worker was restarted. Edit the program to run it again.`,
        );
      } else if (reason === 'crashed') setRestartNotice(`The compiler worker failed (${detail}) and was restarted.`);
    },
  });
  const client = clientRef.current;
  const [compiled, setCompiled] = useState<Answer | undefined>();
  const [ran, setRan] = useState<CompileResponse | undefined>();
  // The request whose last answer (or failure) has arrived: nothing more will come for it.
  const [settled, setSettled] = useState<string | undefined>();
  const [lastGood, setLastGood] = useState<CompileResponse | undefined>();
  const [diff, setDiff] = useState<CompileResponse['diff']>();
  const [roundTripMs, setRoundTripMs] = useState<CompileState['roundTripMs']>();
  const debounceMs = useRef<number>(DEBOUNCE_MS.min);
  const latest = useRef(request);
  latest.current = request;

  const send = useCallback(() => {
    // Marks for profiling and bench/ui_browser.ts: debounce, worker, then React (Note [Compile before run]).
    const started = performance.mark('jitscope:send').startTime;
    const sentKey = JSON.stringify(latest.current);
    let compiledMs: number | undefined;
    const show = (response: CompileResponse): void => {
      setCompiled({ response, key: sentKey });
      if (response.result.graph) setLastGood(response);
      if (response.diff) setDiff(response.diff);
    };
    client
      .compile(latest.current, (partial) => {
        compiledMs ??= performance.mark('jitscope:compiled').startTime - started;
        const average = (debounceMs.current + partial.workerMs) / 2;
        debounceMs.current = Math.min(DEBOUNCE_MS.max, Math.max(DEBOUNCE_MS.min, average));
        setRoundTripMs({ compiled: compiledMs, ran: undefined });
        show(partial);
      })
      .then(
        (r) => {
          const ranMs = performance.mark('jitscope:ran').startTime - started;
          show(r);
          setRan(r);
          setSettled(sentKey);
          setRestartNotice(undefined);
          setRoundTripMs({ compiled: compiledMs ?? ranMs, ran: ranMs });
        },
        (e: unknown) => {
          if (e instanceof RequestAbandoned && e.reason === 'superseded') return;
          // Nothing more will come for this request: stop marking the panes as recomputing.
          setSettled(sentKey);
          if (!(e instanceof RequestAbandoned)) setRestartNotice(`Internal error: ${e instanceof Error ? e.message : String(e)}`);
        },
      );
  }, [client]);

  const key = JSON.stringify(request);
  useEffect(() => {
    const timer = setTimeout(send, debounceMs.current);
    return () => clearTimeout(timer);
  }, [key, send]);

  useEffect(() => () => client.dispose(), [client]);

  return {
    response: compiled?.response,
    current: compiled?.key === key,
    lastGood,
    ran,
    diff,
    stale: compiled?.key !== key && settled !== key,
    running: settled !== key,
    notice: restartNotice,
    roundTripMs,
    runNow: send,
    client,
  };
}
