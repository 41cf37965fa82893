// Memory scopes: free the device tensors of everything a run created except what it returns.
import type { IValue } from './ivalue';
import { DictValue, ScriptObject, TupleValue } from './ivalue';
import { Tensor } from './tensor';
import type { Storage } from './storage';
import { Scope, currentScope, popScope, pushScope } from './storage';

// Note [Memory scopes]: every Storage remembers the scope open when it was created. When the scope
// ends, the device copies of its storages that are not reachable from the result (or `keep`) are
// disposed; reachable ones move to the enclosing scope. Storages created outside any scope (module
// parameters built by __init__) live until they are garbage collected. Anything that escapes a scope
// by mutation (an attribute set in forward, a list argument appended to) must be passed in `keep`.
// An asynchronous run (runGraphAsync) opens one scope and enters it for each synchronous stretch.

function collect(v: unknown, out: Set<Storage>, seen: Set<unknown>): void {
  if (v === null || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  if (v instanceof Tensor) out.add(v.storage);
  else if (Array.isArray(v)) for (const x of v) collect(x, out, seen);
  else if (v instanceof TupleValue) for (const x of v.elements) collect(x, out, seen);
  else if (v instanceof DictValue) {
    for (const [k, x] of v.map) {
      collect(k, out, seen);
      collect(x, out, seen);
    }
  } else if (v instanceof ScriptObject) for (const x of v.attributes.values()) collect(x, out, seen);
  else if (v instanceof Map) for (const x of v.values()) collect(x, out, seen);
}

/** The storages of every tensor reachable from `values` (through lists, tuples, dicts, objects). */
export function storagesOf(values: readonly unknown[]): Set<Storage> {
  const out = new Set<Storage>();
  const seen = new Set<unknown>();
  for (const v of values) collect(v, out, seen);
  return out;
}

/** A new scope under the current one, not entered yet (see `pushScope`/`popScope`). */
export function openScope(): Scope {
  return new Scope(currentScope());
}

/**
 * Ends `scope`: frees the device copies of its storages not reachable from `kept`; the reachable
 * ones move to the enclosing scope.
 */
export function closeScope(scope: Scope, kept: readonly unknown[]): void {
  scope.closed = true;
  const keep = storagesOf(kept);
  for (const s of [...scope.owned]) if (!keep.has(s)) s.release();
  for (const s of keep) if (s.owner === scope) s.owner = scope.parent;
}

/**
 * Runs `fn` (synchronously) in a memory scope. Device memory of tensors created inside and not
 * reachable from the result or from `keep` is freed when it returns or throws.
 */
export function withScope<T>(fn: () => T, keep: readonly (IValue | unknown)[] = []): T {
  const scope = openScope();
  pushScope(scope);
  let result: T | undefined;
  let ok = false;
  try {
    result = fn();
    ok = true;
  } finally {
    popScope(scope);
    closeScope(scope, ok ? [result, ...keep] : keep);
  }
  return result as T;
}

/**
 * Moves every tensor reachable from `v` to the host and frees its device copy. Use it on results
 * kept past a scope once they are no longer needed on the device; they stay readable.
 */
export function evictToHost(v: unknown): void {
  for (const s of storagesOf([v])) {
    if (!s.hasDevice) continue;
    void s.host;
    s.release();
  }
}

/** Downloads (asynchronously, in parallel) every tensor reachable from `values` that needs it. */
export async function downloadAll(values: readonly unknown[]): Promise<void> {
  const pending: Promise<void>[] = [];
  for (const s of storagesOf(values)) if (s.needsDownload) pending.push(s.download());
  await Promise.all(pending);
}
