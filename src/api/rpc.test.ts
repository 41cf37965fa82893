import { describe, expect, it } from 'vitest';
import { RequestAbandoned, RpcChannel } from './rpc';
import type { WorkerLike } from './rpc';
import type { WorkerEnvelope, WorkerMessage } from './protocol';

// A worker that answers when the test says so.
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: WorkerEnvelope<string>[] = [];
  readonly cancels: number[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    const m = message as WorkerMessage<string>;
    if ('cancel' in m) this.cancels.push(m.id);
    else this.received.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  beat(index = this.received.length - 1): void {
    this.onmessage?.({ data: { id: this.received[index]!.id, alive: true } } as MessageEvent);
  }
  partial(text: string, index = this.received.length - 1): void {
    this.onmessage?.({ data: { id: this.received[index]!.id, partial: text } } as MessageEvent);
  }
  answer(index = this.received.length - 1): void {
    const m = this.received[index]!;
    this.onmessage?.({ data: { id: m.id, ok: true, body: m.body.toUpperCase() } } as MessageEvent);
  }
}

function setup(timeoutMs = 50) {
  const workers: FakeWorker[] = [];
  const restarts: string[] = [];
  const channel = new RpcChannel<string, string>(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    { timeoutMs, onRestart: (reason) => restarts.push(reason) },
  );
  return { channel, workers, restarts };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('RpcChannel', () => {
  it('keeps a request that sends heartbeats alive past its timeout, up to maxMs', async () => {
    const { channel, workers, restarts } = setup(40);
    const reply = channel.request('a', 'slow gpu');
    for (let i = 0; i < 4; i++) {
      await sleep(25);
      workers[0]!.beat();
    }
    workers[0]!.answer();
    await expect(reply).resolves.toBe('SLOW GPU');
    expect(restarts).toEqual([]);
  });

  it('stops a request that keeps beating once maxMs has passed', async () => {
    const workers: FakeWorker[] = [];
    const channel = new RpcChannel<string, string>(() => (workers.push(new FakeWorker()), workers.at(-1)!), { timeoutMs: 40, maxMs: 60 });
    const reply = channel.request('a', 'forever');
    const beating = setInterval(() => workers[0]!.beat(), 10);
    await expect(reply).rejects.toMatchObject({ reason: 'timeout' });
    clearInterval(beating);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('pairs replies with requests', async () => {
    const { channel, workers } = setup();
    const reply = channel.request('a', 'hello');
    workers[0]!.answer();
    await expect(reply).resolves.toBe('HELLO');
  });

  it('cancels the running request of a lane and sends the newest one at once; the old reply is dropped', async () => {
    const { channel, workers } = setup();
    const first = channel.request('a', 'one');
    const second = channel.request('a', 'two');
    const third = channel.request('a', 'three');
    await expect(first).rejects.toMatchObject({ reason: 'superseded' });
    await expect(second).rejects.toMatchObject({ reason: 'superseded' });
    const [one, two, three] = workers[0]!.received;
    expect(workers[0]!.cancels).toEqual([one!.id, two!.id]);
    expect(workers[0]!.received.map((m) => m.body)).toEqual(['one', 'two', 'three']);
    // Replies of cancelled requests are dropped; the newest one is answered.
    workers[0]!.answer(0);
    workers[0]!.answer(1);
    workers[0]!.answer(2);
    await expect(third).resolves.toBe('THREE');
    expect(three!.body).toBe('three');
  });

  it('keeps only the newest queued request of a lane while another lane runs', async () => {
    const { channel, workers } = setup();
    const other = channel.request('b', 'lists');
    const first = channel.request('a', 'one');
    const second = channel.request('a', 'two');
    await expect(first).rejects.toMatchObject({ reason: 'superseded' });
    workers[0]!.answer(0);
    await expect(other).resolves.toBe('LISTS');
    expect(workers[0]!.received.map((m) => m.body)).toEqual(['lists', 'two']);
    workers[0]!.answer();
    await expect(second).resolves.toBe('TWO');
  });

  it('hands partial results to the request before its reply, and none after it is cancelled', async () => {
    const { channel, workers } = setup();
    const seen: string[] = [];
    const first = channel.request('a', 'one', undefined, (p) => seen.push(p));
    workers[0]!.partial('compiled');
    expect(seen).toEqual(['compiled']);
    const second = channel.request('a', 'two', undefined, (p) => seen.push(p));
    workers[0]!.partial('late', 0);
    expect(seen).toEqual(['compiled']);
    await expect(first).rejects.toMatchObject({ reason: 'superseded' });
    workers[0]!.partial('two compiled', 1);
    workers[0]!.answer(0);
    workers[0]!.answer(1);
    await expect(second).resolves.toBe('TWO');
    expect(seen).toEqual(['compiled', 'two compiled']);
  });

  it('restarts a worker that does not take up the newer request (stuck in the old one) within interruptAfterMs', async () => {
    const workers: FakeWorker[] = [];
    const restarts: string[] = [];
    const options = { timeoutMs: 10_000, interruptAfterMs: 30, onRestart: (r: string) => restarts.push(r) };
    const channel = new RpcChannel<string, string>(() => (workers.push(new FakeWorker()), workers.at(-1)!), options);
    void channel.request('a', 'while True').catch(() => undefined);
    workers[0]!.beat(0);
    const next = channel.request('a', 'fixed');
    await sleep(50);
    expect(restarts).toEqual(['interrupted']);
    expect(workers[0]!.terminated).toBe(true);
    workers[1]!.answer();
    await expect(next).resolves.toBe('FIXED');
  });

  it('keeps a worker that acknowledges the newer request in time', async () => {
    const workers: FakeWorker[] = [];
    const restarts: string[] = [];
    const options = { timeoutMs: 10_000, interruptAfterMs: 30, onRestart: (r: string) => restarts.push(r) };
    const channel = new RpcChannel<string, string>(() => (workers.push(new FakeWorker()), workers.at(-1)!), options);
    void channel.request('a', 'slow gpu run').catch(() => undefined);
    workers[0]!.beat(0);
    const next = channel.request('a', 'edit');
    await sleep(10);
    workers[0]!.beat(1);
    await sleep(50);
    expect(restarts).toEqual([]);
    workers[0]!.answer(1);
    await expect(next).resolves.toBe('EDIT');
  });

  it('restarts a worker that does not answer in time and serves the next request with a new one', async () => {
    const { channel, workers, restarts } = setup(20);
    const stuck = channel.request('a', 'while True');
    await expect(stuck).rejects.toBeInstanceOf(RequestAbandoned);
    await expect(stuck).rejects.toMatchObject({ reason: 'timeout' });
    expect(workers[0]!.terminated).toBe(true);
    expect(restarts).toEqual(['timeout']);
    const next = channel.request('a', 'fine');
    expect(workers).toHaveLength(2);
    workers[1]!.answer();
    await expect(next).resolves.toBe('FINE');
  });

  it('serves a request after dispose with a new worker (StrictMode reuses a disposed channel)', async () => {
    const { channel, workers } = setup();
    channel.dispose();
    const reply = channel.request('a', 'again');
    expect(workers.length).toBe(1);
    workers[0]!.answer();
    await expect(reply).resolves.toBe('AGAIN');
  });

  it('abandons everything on dispose', async () => {
    const { channel } = setup();
    const reply = channel.request('a', 'x');
    channel.dispose();
    await expect(reply).rejects.toMatchObject({ reason: 'disposed' });
  });
});
