/**
 * Compiles as the user types: debounced, off the main thread, newest request wins.
 * The last good response stays on screen, marked stale, while the next one computes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { CompilerClient, DEFAULT_COMPILE_TIMEOUT_MS, RequestAbandoned } from '../../api/client';
import type { CompileRequest, CompileResponse } from '../../api/client';

export const DEBOUNCE_MS = 250;

export interface CompileState {
  readonly response: CompileResponse | undefined;
  /** True when `response` answers the current request (not an older one). */
  readonly current: boolean;
  readonly stale: boolean;
  /** A problem outside the program (stopped, crashed), for the output pane. */
  readonly notice: string | undefined;
  /** Milliseconds from the edit (after the debounce) to the response arriving. */
  readonly roundTripMs: number | undefined;
  /** Compiles now, skipping the debounce (Ctrl/Cmd+Enter). */
  readonly runNow: () => void;
  readonly client: CompilerClient;
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
  const [answered, setAnswered] = useState<{ response: CompileResponse; key: string } | undefined>();
  const [stale, setStale] = useState(true);
  const [roundTripMs, setRoundTripMs] = useState<number | undefined>();
  const latest = useRef(request);
  latest.current = request;

  const send = useCallback(() => {
    const started = performance.now();
    const sentKey = JSON.stringify(latest.current);
    setStale(true);
    client.compile(latest.current).then(
      (r) => {
        setAnswered({ response: r, key: sentKey });
        setStale(false);
        setRestartNotice(undefined);
        setRoundTripMs(performance.now() - started);
      },
      (e: unknown) => {
        if (e instanceof RequestAbandoned && e.reason === 'superseded') return;
        setStale(false);
        if (!(e instanceof RequestAbandoned)) setRestartNotice(`Internal error: ${e instanceof Error ? e.message : String(e)}`);
      },
    );
  }, [client]);

  const key = JSON.stringify(request);
  useEffect(() => {
    setStale(true);
    const timer = setTimeout(send, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, send]);

  useEffect(() => () => client.dispose(), [client]);

  return { response: answered?.response, current: answered?.key === key, stale, notice: restartNotice, roundTripMs, runNow: send, client };
}
