/**
 * The autograd graph: backward Nodes (a tensor's `grad_fn`), the edges between them, and the
 * per-tensor metadata (grad_fn, output number, `.grad`), after torch/csrc/autograd.
 */
import type { IValue } from '../runtime/ivalue';
import type { DType } from '../runtime/dtype';
import type { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';

/** What a formula sees: the op's arguments (schema order) and its outputs. */
export interface SavedOp {
  readonly args: readonly IValue[];
  /** The op's tensor outputs in order (one for most ops). */
  readonly outputs: readonly Tensor[];
}

/** A gradient for one argument: a tensor, one per element of a Tensor[] argument, or none. */
export type ArgGrad = Tensor | null | readonly (Tensor | null)[];

/**
 * A backward formula (derivatives.yaml as data): the gradients of the outputs (zeros filled in
 * for a multi-output op) to one gradient per argument, aligned with `args`.
 */
export type Formula = (grads: readonly Tensor[], op: SavedOp) => readonly ArgGrad[];

/** An input of a Node: the Node that receives its gradient and which of that Node's outputs it is. */
export interface Edge {
  readonly node: Node;
  readonly outputNr: number;
}

/** Shape and dtype of a tensor a gradient must match (PyTorch's InputMetadata). */
export interface TensorMeta {
  readonly shape: readonly number[];
  readonly dtype: DType;
}

/** A tensor a formula reads, with its version and history when the op ran (PyTorch's SavedVariable). */
export interface SavedVersion {
  readonly tensor: Tensor;
  readonly version: number;
  /** The grad_fn it was an output of (`ReluBackward0`) and which output, if any. */
  readonly gradFn: string | null;
  readonly outputNr: number;
}

// Note [Version counters]: every in-place op bumps a counter shared by all views of a storage; a
// Node remembers the versions of the tensors its formula reads and refuses to run when one has
// changed since, with PyTorch's message, instead of differentiating with the new values.
const versions = new WeakMap<object, number>();

export function versionOf(t: Tensor): number {
  return versions.get(t.storage) ?? 0;
}

export function bumpVersion(t: Tensor): void {
  versions.set(t.storage, versionOf(t) + 1);
}

const TYPE_NAMES: Record<string, string> = { float32: 'Float', float64: 'Double', float16: 'Half', int64: 'Long', int32: 'Int', int16: 'Short', int8: 'Char', uint8: 'Byte', bool: 'Bool' };

function checkVersion(s: SavedVersion): void {
  const now = versionOf(s.tensor);
  if (now === s.version) return;
  const which = s.gradFn === null ? '' : `, which is output ${s.outputNr} of ${s.gradFn},`;
  throw new TorchError(
    'RuntimeError',
    `one of the variables needed for gradient computation has been modified by an inplace operation: [torch.${TYPE_NAMES[s.tensor.dtype] ?? 'Float'}Tensor [${s.tensor.shape.join(', ')}]]${which} is at version ${now}; expected version ${s.version} instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True).`,
  );
}

/** A tensor hook: the gradient in, a replacement (or null to keep it) out. */
export type GradHook = (grad: Tensor) => Tensor | null;

let nextSequenceNr = 0;

const FREED =
  'Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.';

/** A backward function: a tensor's `grad_fn` (`MulBackward0`). */
export class Node {
  /** Creation order; the engine runs ready Nodes newest first, as PyTorch's ready queue does. */
  readonly sequenceNr = nextSequenceNr++;
  private saved: SavedOp | null;

  constructor(
    readonly name: string,
    private readonly formula: Formula | null,
    saved: SavedOp,
    /** One edge per tensor input (flattened: a Tensor[] argument gives several), null when it needs no gradient. */
    readonly next: readonly (Edge | null)[],
    /** Which `next` slots each argument fills: a number, a list (Tensor[]), or undefined. */
    private readonly slots: readonly (number | readonly number[] | undefined)[],
    readonly inputMeta: readonly TensorMeta[],
    readonly outputMeta: readonly TensorMeta[],
    /** False when the formula reads no saved tensor, so a second backward works (AddBackward0). */
    private readonly savesTensors: boolean,
    /** The tensors the formula reads, checked before it runs (Note [Version counters]). */
    private readonly reads: readonly SavedVersion[] = [],
  ) {
    this.saved = saved;
  }

  /** Gradients of the inputs (one per `next` slot) from the gradients of the outputs. */
  apply(grads: readonly Tensor[]): (Tensor | null)[] {
    if (this.saved === null) throw new TorchError('RuntimeError', FREED);
    if (this.formula === null) throw new TorchError('NotImplementedError', `the derivative for ${this.name} is not implemented yet`);
    this.reads.forEach(checkVersion);
    const perArg = this.formula(grads, this.saved);
    const out: (Tensor | null)[] = this.next.map(() => null);
    this.slots.forEach((slot, i) => {
      const g = perArg[i];
      if (slot === undefined || g === undefined || g === null) return;
      if (typeof slot === 'number') out[slot] = g as Tensor;
      else slot.forEach((s, j) => (out[s] = (g as readonly (Tensor | null)[])[j] ?? null));
    });
    return out;
  }

  /** Outputs whose gradient is kept in their `.grad` (`t.retain_grad()`), by output number. */
  readonly retained = new Map<number, Tensor>();
  /** `t.register_hook(fn)` per output number: each may replace the gradient before the Node runs. */
  readonly hooks = new Map<number, GradHook[]>();

  /** Frees the saved values after a backward without retain_graph. */
  release(): void {
    if (this.savesTensors) this.saved = null;
  }
}

/** The sink of a leaf that requires grad: adds the incoming gradient to its `.grad`. */
export class AccumulateGrad extends Node {
  constructor(readonly variable: Tensor) {
    super('AccumulateGrad', null, { args: [], outputs: [] }, [], [], [], [{ shape: variable.shape, dtype: variable.dtype }], false);
  }
}

interface AutogradMeta {
  gradFn: Node | null;
  outputNr: number;
  grad: Tensor | null;
  accumulator: AccumulateGrad | null;
}

// Note [Autograd metadata beside the tensor]: a Tensor (src/runtime) knows only `requiresGrad`;
// its grad_fn, output number and `.grad` live here, keyed by the Tensor object, so a view that is
// a different Tensor object has its own history, as in PyTorch.
const metas = new WeakMap<Tensor, AutogradMeta>();

function metaOf(t: Tensor): AutogradMeta {
  let m = metas.get(t);
  if (m === undefined) {
    m = { gradFn: null, outputNr: 0, grad: null, accumulator: null };
    metas.set(t, m);
  }
  return m;
}

export function gradFnNode(t: Tensor): Node | null {
  return metas.get(t)?.gradFn ?? null;
}

export function setGradFn(t: Tensor, node: Node | null, outputNr = 0): void {
  const m = metaOf(t);
  m.gradFn = node;
  m.outputNr = outputNr;
}

export function outputNrOf(t: Tensor): number {
  return metas.get(t)?.outputNr ?? 0;
}

/** `t.grad`: the accumulated gradient of a leaf, or null. */
export function gradOf(t: Tensor): Tensor | null {
  return metas.get(t)?.grad ?? null;
}

export function setGrad(t: Tensor, g: Tensor | null): void {
  metaOf(t).grad = g;
}

/** The edge a gradient of `t` flows along: its grad_fn, its leaf accumulator, or none. */
export function gradientEdge(t: Tensor): Edge | null {
  const m = metas.get(t);
  if (m?.gradFn) return { node: m.gradFn, outputNr: m.outputNr };
  if (!t.requiresGrad) return null;
  const meta = metaOf(t);
  meta.accumulator ??= new AccumulateGrad(t);
  return { node: meta.accumulator, outputNr: 0 };
}
