// torch.jit.trace's sanity check (_check_trace): re-trace, compare graphs and outputs, as PyTorch 1.13 does.
import type { Graph } from '../ir/graph';
import { printNode } from '../ir/printer';
import { TensorType } from '../ir/types';
import { unshapedType } from '../ir/unify';
import type { CalleeTable } from '../passes/inline';
import { inlineCalls } from '../passes/inline';
import type { IValue } from '../runtime/ivalue';
import { TupleValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { ndiff } from './ndiff';

/** `torch.jit._trace.TracingCheckError`: the trace did not survive its own check. */
export class TracingCheckError extends Error {
  constructor(graphDiff: string | undefined, extra?: string) {
    let message = 'Tracing failed sanity checks!\n';
    if (extra !== undefined) message += `${extra}\n`;
    if (graphDiff !== undefined) message += `ERROR: Graphs differed across invocations!\n${indent(graphDiff)}\n`;
    super(message);
    this.name = 'TracingCheckError';
  }
}

/** torch.jit._trace's `indent`: a tab before every line. */
export function indent(s: string): string {
  return s
    .split('\n')
    .filter((l, i, all) => i < all.length - 1 || l !== '')
    .map((l) => `\t${l}`)
    .join('\n');
}

/** `_jit_pass_canonicalize` + inline + `_jit_pass_erase_shape_information`, as the check prints them. */
export function canonicalGraph(graph: Graph, callees: CalleeTable): Graph {
  const g = graph.copy();
  inlineCalls(g, callees);
  g.allValues().forEach((v, i) => {
    v.unique = i;
    if (v.type instanceof TensorType || v.type.containedTypes().length > 0) v.setType(unshapedType(v.type));
  });
  return g;
}

/** The "Graph diff" and "First diverging operator" text, or undefined when the graphs agree. */
export function graphDiff(mine: Graph, check: Graph): string | undefined {
  const strip = (s: string): string => s.replace(/___torch_mangle_[0-9]+\./g, '');
  const a = strip(mine.toString());
  const b = strip(check.toString());
  if (a === b) return undefined;
  let out = `Graph diff:\n${indent(ndiff(a, b))}\n`;
  const an = mine.nodes;
  const bn = check.nodes;
  for (let i = 0; i < Math.min(an.length, bn.length); i++) {
    const x = printNode(an[i]!);
    const y = printNode(bn[i]!);
    if (x === y) continue;
    out += `First diverging operator:\nNode diff:\n${indent(ndiff(x, y))}\n`;
    const where = (n: typeof an[number]): string | undefined => (n.source ? `${n.source.file}(${n.source.range.start.line})` : undefined);
    const ws = where(an[i]!);
    const wc = where(bn[i]!);
    if (ws) out += `Trace source location:\n${indent(ws)}\n`;
    if (wc) out += `Check source location:\n${indent(wc)}\n`;
    break;
  }
  return out;
}

/** The tensors of a result (`wrap_retval` + the tensor filter of _check_trace). */
export function tensorOutputs(v: IValue): Tensor[] {
  const items = v instanceof TupleValue ? v.elements : [v];
  return items.filter((x): x is Tensor => x instanceof Tensor);
}

/**
 * torch.testing.assert_close's message for two tensors, or undefined when they are close
 * (rtol = check_tolerance, atol = 1e-5 for float32 as PyTorch's default tolerances).
 */
export function closeMismatch(actual: Tensor, expected: Tensor, rtol: number, atol = 1e-5): string | undefined {
  const shape = (t: Tensor): string => `torch.Size([${t.shape.join(', ')}])`;
  if (actual.shape.join() !== expected.shape.join()) return `The values for attribute 'shape' do not match: ${shape(actual)} != ${shape(expected)}.`;
  const a = actual.values();
  const b = expected.values();
  let bad = 0;
  let maxAbs = -1;
  let absAt = 0;
  let maxRel = -1;
  let relAt = 0;
  for (let i = 0; i < b.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (Number.isNaN(x) && Number.isNaN(y)) continue;
    const d = Math.abs(x - y);
    if (!(d <= atol + rtol * Math.abs(y))) bad++;
    if (d > maxAbs) [maxAbs, absAt] = [d, i];
    const r = d / Math.abs(y);
    if (r > maxRel) [maxRel, relAt] = [r, i];
  }
  if (bad === 0) return undefined;
  const index = (flat: number): string => {
    const idx: number[] = [];
    for (let d = actual.ndim - 1; d >= 0; d--) {
      idx.unshift(flat % actual.shape[d]!);
      flat = Math.floor(flat / actual.shape[d]!);
    }
    return idx.length === 1 ? `(${idx[0]},)` : `(${idx.join(', ')})`;
  };
  const pct = ((100 * bad) / b.length).toFixed(1);
  return (
    `Tensor-likes are not close!\n\nMismatched elements: ${bad} / ${b.length} (${pct}%)\n` +
    `Greatest absolute difference: ${pyFloat(maxAbs)} at index ${index(absAt)} (up to ${pyFloat(atol)} allowed)\n` +
    `Greatest relative difference: ${pyFloat(maxRel)} at index ${index(relAt)} (up to ${pyFloat(rtol)} allowed)`
  );
}

// Python's float repr for the numbers in these messages (1e-05, 0.5, 3.0, inf).
function pyFloat(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  if (x !== 0 && (Math.abs(x) < 1e-4 || Math.abs(x) >= 1e16)) return x.toExponential().replace(/e([+-])(\d)$/, 'e$10$2').replace('e+', 'e+');
  const s = String(x);
  return /[.e]/.test(s) ? s : `${s}.0`;
}
