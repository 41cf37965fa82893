/**
 * Spans for a function's variables, each with its graph value's type and IR name (`%out.3`)
 * as its operator: a read gets the value of that name made on the latest line before it
 * (else the parameter); an assignment target, the value its statement made; a parameter on
 * the `def` line, the graph's input. A hover over `x` then shows the `x` of its own function.
 *
 * Note [Traced names]: a trace names values after library parameters (`%input`), not the
 * user's variables, so a trace offers only its parameters (a traced method's by position,
 * as its inputs are named after its caller's values). A read after the variable was
 * assigned again, with no value of that name made since, gets no span rather than a stale type.
 */
import { allArgs, type FunctionDef, type Node as AstNode, type Stmt } from '../lang/ast';
import type { Block } from '../ir/block';
import type { Graph } from '../ir/graph';
import type { Value } from '../ir/value';
import type { SourceRange } from '../lang/source';
import { walk } from '../lang/walk';

interface Defined {
  readonly value: Value;
  /** Visible on the lines after this one: where its node ends, where its loop starts, 0 for parameters. */
  readonly from: number;
  /** Lines where it is visible: a value made inside an `if` or a loop lives in its body only. */
  readonly scope: readonly [number, number];
}

const everywhere: readonly [number, number] = [0, Infinity];

/**
 * The named values of `graph`, by name without its `.N` suffix. A node without a range (a
 * list display's prim::ListConstruct) counts as made on the line of the node before it; a
 * refinement's unnamed prim::unchecked_cast stands for the variable it refines.
 */
function definitions(graph: Graph, fileName: string, parameters: ReadonlyMap<string, Value> | undefined): Map<string, Defined[]> {
  const out = new Map<string, Defined[]>();
  const add = (base: string, value: Value, from: number, scope: readonly [number, number]): void => {
    const list = out.get(base) ?? [];
    list.push({ value, from, scope });
    out.set(base, list);
  };
  if (parameters) {
    for (const [name, v] of parameters) add(name, v, 0, everywhere);
    return out;
  }
  for (const v of graph.inputs) if (v.hasDebugName()) add(v.debugNameBase(), v, 0, everywhere);
  const visit = (b: Block, scope: readonly [number, number]): void => {
    let line = scope[0];
    for (const n of b.nodes) {
      const range = n.source?.file === fileName ? n.source.range : undefined;
      if (range) line = range.start.line;
      const end = range?.end.line ?? line;
      for (const v of n.outputs) if (v.hasDebugName()) add(v.debugNameBase(), v, end, scope);
      const refined = n.kind === 'prim::unchecked_cast' ? n.inputs[0] : undefined;
      if (refined?.hasDebugName() && !n.output().hasDebugName()) add(refined.debugNameBase(), n.output(), line, scope);
      // Loop-carried values are visible through the loop's body.
      for (const inner of n.blocks) {
        const body: readonly [number, number] = [line, end];
        for (const v of inner.inputs) if (v.hasDebugName()) add(v.debugNameBase(), v, line, body);
        visit(inner, body);
      }
    }
  };
  visit(graph.block, everywhere);
  return out;
}

/** Lines that assign each variable in `f`. */
function assignments(f: FunctionDef): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const s of f.body) {
    walk(s, (n) => {
      if (n.kind === 'FunctionDef' || n.kind === 'ClassDef' || n.kind === 'Lambda') return false;
      if (n.kind !== 'Name' || n.ctx !== 'Store') return true;
      const lines = out.get(n.id) ?? [];
      lines.push(n.range.start.line);
      out.set(n.id, lines);
      return true;
    });
  }
  return out;
}

/** The value a read on `line` sees: the latest made before it, unless the variable was assigned again since. */
function visible(defs: readonly Defined[], stores: readonly number[], line: number): Value | undefined {
  let best: Defined | undefined;
  for (const d of defs) {
    const inScope = d.scope[0] <= line && line <= d.scope[1];
    if (inScope && d.from < line && (!best || d.from >= best.from)) best = d;
  }
  const lastStore = Math.max(0, ...stores.filter((s) => s < line));
  return best && best.from >= lastStore ? best.value : undefined;
}

/**
 * A trace's parameters (Note [Traced names]): the entry's inputs carry its parameter names; a
 * traced method's inputs are its tensor arguments, which match its parameters when there are
 * as many (no argument was passed twice or captured).
 */
function tracedParameters(graph: Graph, f: FunctionDef, traced: 'entry' | 'method'): Map<string, Value> {
  const out = new Map<string, Value>();
  if (traced === 'entry') {
    for (const v of graph.inputs) if (v.hasDebugName()) out.set(v.debugNameBase(), v);
    return out;
  }
  const params = allArgs(f.args).filter((p) => p.kind === 'positional' || p.kind === 'positional-only');
  if (params.length !== graph.inputs.length || allArgs(f.args).length !== params.length) return out;
  params.forEach((p, i) => out.set(p.arg.arg, graph.inputs[i]!));
  return out;
}

/** The value an assignment on lines `line`..`end` made: the last made there, visible where it ends. */
function assigned(defs: readonly Defined[], line: number, end: number): Value | undefined {
  let best: Defined | undefined;
  for (const d of defs) {
    const inScope = d.scope[0] <= end && end <= d.scope[1];
    if (inScope && line <= d.from && d.from <= end && (!best || d.from >= best.from)) best = d;
  }
  return best?.value;
}

/** The lines of the statement or loop header that assigns each target name. */
function targetLines(s: Stmt): { readonly targets: readonly AstNode[]; readonly end: number } | undefined {
  switch (s.kind) {
    case 'Assign':
      return { targets: s.targets, end: s.range.end.line };
    case 'AnnAssign':
    case 'AugAssign':
      return { targets: [s.target], end: s.range.end.line };
    case 'For':
      return { targets: [s.target], end: s.iter.range.end.line };
    default:
      return undefined;
  }
}

/** Calls `found` for each parameter, read and assigned variable of `f` that names a value of `graph`. */
export function nameSpans(graph: Graph, f: FunctionDef, fileName: string, traced: 'entry' | 'method' | undefined, found: (range: SourceRange, v: Value) => void): void {
  const defs = definitions(graph, fileName, traced && tracedParameters(graph, f, traced));
  const stores = assignments(f);
  // Parameters on the `def` line: the graph's inputs (a trace's have the example inputs' shapes).
  for (const { arg } of allArgs(f.args)) {
    const v = defs.get(arg.arg)?.find((d) => d.from === 0)?.value;
    const start = arg.range.start;
    const end = { line: start.line, col: start.col + arg.arg.length, offset: start.offset + arg.arg.length };
    if (v) found({ start, end }, v);
  }
  for (const s of f.body) {
    walk(s, (n) => {
      if (n.kind === 'FunctionDef' || n.kind === 'ClassDef' || n.kind === 'Lambda') return false;
      const assigns = targetLines(n as Stmt);
      for (const t of assigns?.targets ?? []) {
        walk(t, (name) => {
          if (name.kind !== 'Name') return true;
          const v = assigned(defs.get(name.id) ?? [], name.range.start.line, assigns!.end);
          if (v) found(name.range, v);
          return true;
        });
      }
      if (n.kind !== 'Name' || n.ctx !== 'Load') return true;
      const v = visible(defs.get(n.id) ?? [], stores.get(n.id) ?? [], n.range.start.line);
      if (v) found(n.range, v);
      return true;
    });
  }
}
