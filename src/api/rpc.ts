/**
 * A request/reply channel to a Web Worker with the guarantees the playground needs: only
 * the newest request of a lane is worth computing (older queued ones are dropped, a running
 * one is asked to stop), a request may report partial results before its reply, and a
 * worker that does not answer in time is terminated and replaced.
 */
import type { WorkerEnvelope, WorkerMessage, WorkerReplyEnvelope } from './protocol';

/** The part of `Worker` the channel uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Why a request did not get a reply. */
export class RequestAbandoned extends Error {
  constructor(
    readonly reason: 'superseded' | 'timeout' | 'crashed' | 'disposed',
    message: string,
  ) {
    super(message);
    this.name = 'RequestAbandoned';
  }
}

export interface RpcOptions {
  /** Milliseconds a request may run before the worker is restarted. */
  readonly timeoutMs: number;
  /**
   * A newer request of the same lane asks the running one to stop and is sent at once (Note
   * [Cancelled runs]); if the worker does not take it up within this long (it is stuck in the
   * old request's synchronous code), the worker is restarted (a fresh worker costs less).
   */
  readonly interruptAfterMs?: number;
  /**
   * The longest a request may run while it keeps sending heartbeats (Note [Heartbeat]);
   * without heartbeats `timeoutMs` applies. Default: ten times `timeoutMs`.
   */
  readonly maxMs?: number;
  /** Told when the worker was restarted and why. */
  readonly onRestart?: (reason: 'timeout' | 'crashed' | 'interrupted', detail: string) => void;
}

interface Pending<Req, Res> {
  readonly id: number;
  readonly lane: string;
  readonly body: Req;
  readonly timeoutMs: number;
  readonly resolve: (value: Res) => void;
  readonly reject: (error: Error) => void;
  readonly onPartial: ((value: Res) => void) | undefined;
  started?: number;
}

export class RpcChannel<Req, Res> {
  private worker: WorkerLike | undefined;
  private nextId = 1;
  private running: Pending<Req, Res> | undefined;
  /** Cancelled requests the worker may still be finishing (Note [Cancelled runs]); their replies are dropped. */
  private readonly cancelled = new Set<number>();
  /** The worker has answered something, so it is loaded and reads its messages. */
  private workerReady = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private interruptTimer: ReturnType<typeof setTimeout> | undefined;
  // Note [Latest wins]: at most one queued request per lane; a newer one replaces it.
  private readonly queued = new Map<string, Pending<Req, Res>>();
  private disposed = false;

  constructor(
    private readonly factory: () => WorkerLike,
    private readonly options: RpcOptions,
  ) {}

  /**
   * Sends `body` on `lane`; rejects with RequestAbandoned if superseded, timed out or crashed.
   * `onPartial` sees what the worker reports before its reply (Note [Compile before run]).
   */
  request(lane: string, body: Req, timeoutMs = this.options.timeoutMs, onPartial?: (value: Res) => void): Promise<Res> {
    // A request after dispose() starts a fresh worker: React's StrictMode (dev) runs an effect's
    // cleanup and then the effect again on the same component, so a disposed channel is reused.
    this.disposed = false;
    return new Promise<Res>((resolve, reject) => {
      const pending: Pending<Req, Res> = { id: this.nextId++, lane, body, timeoutMs, resolve, reject, onPartial };
      this.queued.get(lane)?.reject(new RequestAbandoned('superseded', 'a newer request replaced this one'));
      this.queued.set(lane, pending);
      const running = this.running;
      if (running && running.lane === lane) this.cancel(running);
      this.pump();
    });
  }

  // Note [Cancelled runs]: a superseded request is rejected at once and the worker is told to
  // stop it; the worker does so at the request's next await (a GPU readback), keeping its warm
  // backend and shader cache, and meanwhile already compiles the newer request, which is sent
  // right away. A worker stuck in the old request's synchronous code cannot read the newer one:
  // if it does not acknowledge it within `interruptAfterMs`, the worker is restarted.
  private cancel(running: Pending<Req, Res>): void {
    clearTimeout(this.timer);
    clearTimeout(this.interruptTimer);
    this.running = undefined;
    this.cancelled.add(running.id);
    running.reject(new RequestAbandoned('superseded', 'a newer request replaced this one'));
    this.worker?.postMessage({ id: running.id, cancel: true } satisfies WorkerMessage<Req>);
  }

  private armInterrupt(pending: Pending<Req, Res>): void {
    const after = this.options.interruptAfterMs;
    if (after === undefined || this.cancelled.size === 0 || !this.workerReady) return;
    this.interruptTimer = setTimeout(() => {
      if (this.running !== pending) return;
      // The newer request goes to the fresh worker (unless a newer one still is queued).
      this.running = undefined;
      if (!this.queued.has(pending.lane)) this.queued.set(pending.lane, pending);
      else pending.reject(new RequestAbandoned('superseded', 'a newer request replaced this one'));
      this.restart('interrupted', 'the worker was stuck in a cancelled request', new RequestAbandoned('superseded', 'a newer request replaced this one'));
    }, after);
  }

  /** Terminates the worker and abandons every request; a later request starts a new worker. */
  dispose(): void {
    this.disposed = true;
    const error = new RequestAbandoned('disposed', 'the worker was shut down');
    this.running?.reject(error);
    this.running = undefined;
    this.queued.forEach((p) => p.reject(error));
    this.queued.clear();
    clearTimeout(this.timer);
    clearTimeout(this.interruptTimer);
    this.cancelled.clear();
    this.workerReady = false;
    this.worker?.terminate();
    this.worker = undefined;
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.factory();
    worker.onmessage = (event: MessageEvent<WorkerReplyEnvelope<Res>>) => this.onReply(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      const detail = event.message || 'the worker failed to start';
      this.restart('crashed', detail, new RequestAbandoned('crashed', detail));
    };
    this.worker = worker;
    return worker;
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const next = this.queued.values().next();
    if (next.done) return;
    const pending = next.value;
    this.queued.delete(pending.lane);
    this.running = pending;
    pending.started = performance.now();
    const message: WorkerEnvelope<Req> = { id: pending.id, body: pending.body };
    this.ensureWorker().postMessage(message);
    this.arm(pending);
    this.armInterrupt(pending);
  }

  // Note [Heartbeat]: the worker's timers only fire while it awaits (the GPU reading back),
  // never inside a synchronous loop; so a heartbeat proves progress, and its absence for
  // `timeoutMs` means a runaway program. A request that keeps beating gets up to `maxMs`.
  private arm(pending: Pending<Req, Res>): void {
    clearTimeout(this.timer);
    const maxMs = this.options.maxMs ?? pending.timeoutMs * 10;
    const left = Math.min(pending.timeoutMs, maxMs - (performance.now() - (pending.started ?? 0)));
    const seconds = (ms: number): string => (ms / 1000).toFixed(ms < 10_000 ? 1 : 0);
    this.timer = setTimeout(() => {
      const detail = left < pending.timeoutMs ? `still running after ${seconds(maxMs)} s` : `no answer within ${seconds(pending.timeoutMs)} s`;
      this.restart('timeout', detail, new RequestAbandoned('timeout', `stopped: ${detail}`));
    }, Math.max(0, left));
  }

  private onReply(reply: WorkerReplyEnvelope<Res>): void {
    this.workerReady = true;
    const final = !('alive' in reply || 'partial' in reply);
    // A cancelled request was already rejected as superseded: what it still sends is dropped.
    if (this.cancelled.has(reply.id)) {
      if (final) this.cancelled.delete(reply.id);
      return;
    }
    const running = this.running;
    if (!running || running.id !== reply.id) return;
    // Any word on the running request (the worker acknowledges a request when it starts it).
    clearTimeout(this.interruptTimer);
    if (!final) {
      this.arm(running);
      if ('partial' in reply) running.onPartial?.(reply.partial);
      return;
    }
    clearTimeout(this.timer);
    this.running = undefined;
    if (reply.ok) running.resolve(reply.body);
    else running.reject(new Error(reply.error));
    this.pump();
  }

  // Note [Watchdog]: a synchronous worker cannot be asked to stop; terminating it is
  // the only way out of `while True:`. The next request starts a fresh worker.
  private restart(reason: 'timeout' | 'crashed' | 'interrupted', detail: string, error: Error): void {
    clearTimeout(this.timer);
    clearTimeout(this.interruptTimer);
    this.cancelled.clear();
    this.workerReady = false;
    this.worker?.terminate();
    this.worker = undefined;
    const running = this.running;
    this.running = undefined;
    running?.reject(error);
    this.options.onRestart?.(reason, detail);
    this.pump();
  }
}
