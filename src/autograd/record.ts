// Recording: an op whose result requires grad gets a Node with the formula of its schema.
import type { IValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import type { Edge, Formula, TensorMeta } from './graph';
import type { SavedVersion } from './graph';
import { Node, gradFnNode, gradientEdge, outputNrOf, setGradFn, versionOf } from './graph';

/** What a formula reads: an argument by position (a Tensor or Tensor[]), or the op's outputs. */
export type Read = number | 'out';

interface FormulaEntry {
  readonly formula: Formula;
  readonly savesTensors: boolean;
  /** The tensors whose versions are checked; 'all' for every tensor argument and output. */
  readonly reads: readonly Read[] | 'all';
}

// Note [Formulas as data]: backward formulas are keyed by the exact schema name the registry
// dispatched (`aten::add.Tensor`), like derivatives.yaml; eager code, traced code and graph runs all
// reach recordOp with that name and the arguments in schema order.
const FORMULAS = new Map<string, FormulaEntry>();

export interface FormulaOptions {
  /** False when it reads no argument or output tensor, so the graph may run backward again (add, sum, view). */
  readonly saves?: boolean;
  /** The tensors it reads (PyTorch's saved variables), when not every argument and output. */
  readonly reads?: readonly Read[];
  /** True when it never reads self, so the in-place overload (`add_.Tensor`) may share it. */
  readonly inplace?: boolean;
}

/** Registers `formula` for each schema name (Note [Formulas as data]). */
export function defineFormula(names: string | readonly string[], formula: Formula, options: FormulaOptions = {}): void {
  const reads = options.saves === false ? [] : (options.reads ?? 'all');
  const entry: FormulaEntry = { formula, savesTensors: reads === 'all' || reads.length > 0, reads };
  for (const n of typeof names === 'string' ? [names] : names) {
    FORMULAS.set(n, entry);
    if (options.inplace) FORMULAS.set(n.replace(/(\.|$)/, '_$1'), entry);
  }
}

export function hasFormula(schemaName: string): boolean {
  return FORMULAS.has(schemaName);
}

function metaOf(t: Tensor): TensorMeta {
  return { shape: [...t.shape], dtype: t.dtype };
}

// Note [In-place ops on the tape]: `x.add_(y)` records a Node whose first input is x's previous
// history; the output is x itself. Only formulas that never read self's old value (which is gone)
// serve in-place overloads; the others get a Node whose backward is not implemented.

/**
 * Gives the `differentiable` ones of `outputs` (all tensor results of `schemaName`) a grad_fn named
 * `name`. An op without a formula still gets a Node, so printing works; its backward raises
 * NotImplementedError.
 */
export function recordOp(schemaName: string, name: string, args: readonly IValue[], outputs: readonly Tensor[], differentiable: readonly Tensor[]): void {
  record(name, FORMULAS.get(schemaName), args, outputs, differentiable);
}

/** Records a Node with its own formula (a `torch.autograd.Function` subclass's backward). */
export function recordCustom(name: string, formula: Formula, args: readonly IValue[], outputs: readonly Tensor[], differentiable: readonly Tensor[]): void {
  record(name, { formula, savesTensors: true, reads: [] }, args, outputs, differentiable);
}

function record(name: string, entry: FormulaEntry | undefined, args: readonly IValue[], outputs: readonly Tensor[], differentiable: readonly Tensor[]): void {
  const next: (Edge | null)[] = [];
  const inputMeta: TensorMeta[] = [];
  const slots = args.map((a): number | number[] | undefined => {
    const edgeOf = (t: Tensor): number => {
      next.push(gradientEdge(t));
      inputMeta.push(metaOf(t));
      return next.length - 1;
    };
    if (a instanceof Tensor) return edgeOf(a);
    if (Array.isArray(a) && a.length > 0 && a.every((x) => x instanceof Tensor)) return (a as Tensor[]).map(edgeOf);
    return undefined;
  });
  const reads = entry === undefined ? [] : savedVersions(name, entry.reads, args, outputs);
  const node = new Node(name, entry?.formula ?? null, { args: [...args], outputs: [...outputs] }, next, slots, inputMeta, outputs.map(metaOf), entry?.savesTensors ?? false, reads);
  outputs.forEach((o, i) => {
    if (differentiable.includes(o)) setGradFn(o, node, i);
  });
}


function savedVersions(name: string, reads: readonly Read[] | 'all', args: readonly IValue[], outputs: readonly Tensor[]): SavedVersion[] {
  const out: SavedVersion[] = [];
  const input = (v: IValue | undefined): void => {
    for (const t of v instanceof Tensor ? [v] : Array.isArray(v) ? v : []) {
      if (t instanceof Tensor) out.push({ tensor: t, version: versionOf(t), gradFn: gradFnNode(t)?.name ?? null, outputNr: outputNrOf(t) });
    }
  };
  for (const r of reads === 'all' ? [...args.keys(), 'out' as const] : reads) {
    if (r === 'out') outputs.forEach((t, i) => out.push({ tensor: t, version: versionOf(t), gradFn: name, outputNr: i }));
    else input(args[r]);
  }
  return out;
}
