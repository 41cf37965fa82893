/**
 * Where the compiler finds operator schemas. Note [Operators are data]: the
 * default source is the operator registry (src/ops/registry.ts); a schema list
 * (for example PyTorch 1.13's full list) can stand in or fill the gaps.
 */
import { parseSchema } from '../ir/schema';
import type { FunctionSchema } from '../ir/schema';
import { allOps, overloadsOf } from '../ops/registry';

export interface OperatorSource {
  /** The overloads of `aten::add`, in the order overload resolution tries them. */
  overloads(name: string): readonly FunctionSchema[];
}

const parsed = new Map<string, FunctionSchema>();
function parseCached(text: string): FunctionSchema {
  let s = parsed.get(text);
  if (!s) {
    s = parseSchema(text);
    parsed.set(text, s);
  }
  return s;
}

/** The operators registered in src/ops. */
export function registryOperators(): OperatorSource {
  return { overloads: (name) => overloadsOf(name).map((e) => parseCached(e.schema)) };
}

/** Operators from schema strings, one per line (blank lines and `#` comments skipped). */
export function schemaListOperators(lines: readonly string[]): OperatorSource {
  const byName = new Map<string, string[]>();
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const name = line.slice(0, line.indexOf('(')).replace(/\.[A-Za-z0-9_]+$/, '');
    const list = byName.get(name) ?? [];
    list.push(line);
    byName.set(name, list);
  }
  return { overloads: (name) => (byName.get(name) ?? []).map(parseCached) };
}

/** The first source that knows `name` wins, so a registry can be completed by a schema list. */
export function chainOperators(...sources: readonly OperatorSource[]): OperatorSource {
  return {
    overloads(name) {
      for (const s of sources) {
        const found = s.overloads(name);
        if (found.length > 0) return found;
      }
      return [];
    },
  };
}

/** Names of registry operators, for reports. */
export function registeredOperatorNames(): Set<string> {
  return new Set(allOps().map((e) => e.name));
}
