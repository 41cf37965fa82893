// Memory scopes: free the device tensors of everything a run created except what it returns.
import type { IValue } from './ivalue';
import { DictValue, ScriptObject, TupleValue } from './ivalue';
import { Tensor } from './tensor';
import type { Storage } from './storage';
import { popScope, pushScope } from './storage';

// Note [Memory scopes]: every Storage remembers the scope open when it was created. When the scope
// ends, the device copies of its storages that are not reachable from the result (or `keep`) are
// disposed; reachable ones move to the enclosing scope. Storages created outside any scope (module
// parameters built by __init__) live until they are garbage collected. Anything that escapes a scope
// by mutation (an attribute set in forward, a list argument appended to) must be passed in `keep`.

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

/**
 * Runs `fn` (synchronously) in a memory scope. Device memory of tensors created inside and not
 * reachable from the result or from `keep` is freed when it returns or throws.
 */
export function withScope<T>(fn: () => T, keep: readonly (IValue | unknown)[] = []): T {
  const scope = pushScope();
  let result: T | undefined;
  let ok = false;
  try {
    result = fn();
    ok = true;
  } finally {
    popScope(scope);
    const kept = new Set<Storage>();
    const seen = new Set<unknown>();
    if (ok) collect(result, kept, seen);
    for (const k of keep) collect(k, kept, seen);
    for (const s of [...scope.owned]) if (!kept.has(s)) s.release();
    for (const s of kept) {
      if (s.owner !== scope) continue;
      s.owner = scope.parent;
      if (s.hasDevice && scope.parent !== null) scope.parent.owned.add(s);
    }
  }
  return result as T;
}

/**
 * Moves every tensor reachable from `v` to the host and frees its device copy. Use it on results
 * kept past a scope once they are no longer needed on the device; they stay readable.
 */
export function evictToHost(v: unknown): void {
  const storages = new Set<Storage>();
  collect(v, storages, new Set());
  for (const s of storages) {
    if (!s.hasDevice) continue;
    void s.host;
    s.release();
  }
}
