// Execution frames and Python's static scoping rules (which names a function body owns).
import type { Expr, FunctionDef, Lambda, Stmt } from '../lang/ast';
import type { Closure, Namespace, PyFunction } from './objects';

/** A running function, class body or module. */
export interface Frame {
  readonly fileName: string;
  /** `<module>`, a function's name, or a class name for a class body. */
  readonly funcName: string;
  /** The line being executed (for tracebacks and the step budget). */
  line: number;
  readonly locals: Namespace;
  readonly globals: Namespace;
  /** The scope analysis of a function body; null for module and class bodies. */
  readonly scope: ScopeInfo | null;
  /** Enclosing function scopes (nested defs, comprehensions, class bodies inside functions). */
  readonly closure: Closure | null;
  readonly func: PyFunction | null;
  /** The exception being handled by an enclosing `except` (for a bare `raise`). */
  handling: unknown;
}

/** The names a function body binds locally, and its `global` / `nonlocal` declarations. */
export interface ScopeInfo {
  readonly locals: ReadonlySet<string>;
  readonly globals: ReadonlySet<string>;
  readonly nonlocals: ReadonlySet<string>;
}

const cache = new WeakMap<FunctionDef | Lambda, ScopeInfo>();

/** Python's rule: a name assigned anywhere in a function body is local to it, unless declared otherwise. */
export function scopeOf(fn: FunctionDef | Lambda): ScopeInfo {
  let info = cache.get(fn);
  if (info) return info;
  const locals = new Set<string>();
  const globals = new Set<string>();
  const nonlocals = new Set<string>();
  const a = fn.args;
  for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) locals.add(p.arg);
  if (a.vararg) locals.add(a.vararg.arg);
  if (a.kwarg) locals.add(a.kwarg.arg);
  if (fn.kind === 'FunctionDef') collectBlock(fn.body, locals, globals, nonlocals);
  for (const g of [...globals, ...nonlocals]) locals.delete(g);
  info = { locals, globals, nonlocals };
  cache.set(fn, info);
  return info;
}

function collectTarget(t: Expr, out: Set<string>): void {
  if (t.kind === 'Name') out.add(t.id);
  else if (t.kind === 'Tuple' || t.kind === 'List') for (const e of t.elts) collectTarget(e, out);
  else if (t.kind === 'Starred') collectTarget(t.value, out);
}

function collectBlock(body: readonly Stmt[], out: Set<string>, globals: Set<string>, nonlocals: Set<string>): void {
  for (const s of body) {
    switch (s.kind) {
      case 'Assign':
        for (const t of s.targets) collectTarget(t, out);
        break;
      case 'AugAssign':
      case 'AnnAssign':
        collectTarget(s.target, out);
        break;
      case 'For':
        collectTarget(s.target, out);
        collectBlock(s.body, out, globals, nonlocals);
        collectBlock(s.orelse, out, globals, nonlocals);
        break;
      case 'While':
      case 'If':
        collectBlock(s.body, out, globals, nonlocals);
        collectBlock(s.orelse, out, globals, nonlocals);
        break;
      case 'With':
        for (const item of s.items) if (item.optionalVars) collectTarget(item.optionalVars, out);
        collectBlock(s.body, out, globals, nonlocals);
        break;
      case 'Try':
        collectBlock(s.body, out, globals, nonlocals);
        for (const h of s.handlers) {
          if (h.name) out.add(h.name);
          collectBlock(h.body, out, globals, nonlocals);
        }
        collectBlock(s.orelse, out, globals, nonlocals);
        collectBlock(s.finalbody, out, globals, nonlocals);
        break;
      case 'FunctionDef':
      case 'ClassDef':
        out.add(s.name);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const n of s.names) out.add(n.asname ?? n.name.split('.')[0]!);
        break;
      case 'Delete':
        for (const t of s.targets) collectTarget(t, out);
        break;
      case 'Global':
        for (const n of s.names) globals.add(n);
        break;
      case 'Nonlocal':
        for (const n of s.names) nonlocals.add(n);
        break;
      default:
        break;
    }
  }
}

/** Finds the closure scope that holds `name`, innermost first. */
export function closureLookup(c: Closure | null, name: string): Namespace | undefined {
  for (let s = c; s !== null; s = s.parent) if (s.locals.has(name)) return s.locals;
  return undefined;
}

