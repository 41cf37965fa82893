/**
 * The main thread's side of the layout worker. Layouts are cached by model and
 * collapsed set, so an edit that does not change the graph redraws at once.
 */
import type { GraphModel } from '../../api/graph_model';
import { RpcChannel } from '../../api/rpc';
import type { DrawnGraph, LayoutCall } from './drawing';

const CACHE_SIZE = 24;
const LAYOUT_TIMEOUT_MS = 30_000;

let channel: RpcChannel<LayoutCall, DrawnGraph> | undefined;
const cache = new Map<string, DrawnGraph>();

function layoutChannel(): RpcChannel<LayoutCall, DrawnGraph> {
  channel ??= new RpcChannel<LayoutCall, DrawnGraph>(
    () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'jitscope-layout' }),
    { timeoutMs: LAYOUT_TIMEOUT_MS, interruptAfterMs: 500 },
  );
  return channel;
}

/** Lays out `model` (from the cache when the same graph was laid out before); a newer call supersedes this one. */
export async function layoutGraph(model: GraphModel, collapsed: ReadonlySet<string>): Promise<{ drawn: DrawnGraph; cached: boolean }> {
  const sortedCollapsed = [...collapsed].sort();
  // The model's digest when it has one: stringifying a 600-node model costs the main thread.
  const key = model.key ? `${model.key}|${sortedCollapsed.join(',')}` : JSON.stringify([model, sortedCollapsed]);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return { drawn: hit, cached: true };
  }
  const drawn = await layoutChannel().request('layout', { model, collapsed: sortedCollapsed });
  cache.set(key, drawn);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return { drawn, cached: false };
}
