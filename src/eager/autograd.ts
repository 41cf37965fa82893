/**
 * Autograd as eager code sees it: grad mode (`torch.no_grad()`), and the `requires_grad` /
 * `grad_fn=<AddBackward0>` tags PyTorch puts on results computed from tensors that require grad.
 * Tagging records the op on src/autograd's tape, which `loss.backward()` runs.
 */
import type { IValue } from '../runtime/ivalue';
import { TupleValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { isFloating } from '../runtime/dtype';
import { PyContextManager } from './objects';
import { pyError } from './errors';
import { backward, bumpVersion, grad, gradFnNode, noteView, rebaseHistory, recordCustom, recordOp, setGradFn, viewBaseOf } from '../autograd/index';
import { TorchError } from '../runtime/errors';
import type { Interpreter } from './interpreter';
import type { NativeFn, PyValue } from './objects';
import { tupleOf } from './objects';

let gradEnabled = true;

export function isGradEnabled(): boolean {
  return gradEnabled;
}

/** Grad mode is per program run (Interpreter.run resets it). */
export function resetGradMode(): void {
  gradEnabled = true;
}

/** `torch.no_grad()` / `torch.enable_grad()`: the mode while the `with` body runs. */
export function gradModeContext(enabled: boolean): PyContextManager {
  // A stack, so one manager may be entered again before it exits (a recursive decorated function).
  const prev: boolean[] = [];
  return new PyContextManager(
    () => {
      prev.push(gradEnabled);
      gradEnabled = enabled;
      return null;
    },
    () => {
      gradEnabled = prev.pop() ?? true;
    },
  );
}

/** Runs `f` with grad mode off, as PyTorch's own helpers (load_state_dict, `.data =`) do. */
export function withoutGrad<T>(f: () => T): T {
  const prev = gradEnabled;
  gradEnabled = false;
  try {
    return f();
  } finally {
    gradEnabled = prev;
  }
}

/** `torch.set_grad_enabled(mode)`: takes effect at once; as a context manager it restores on exit. */
export function setGradEnabled(enabled: boolean): PyContextManager {
  const prev = gradEnabled;
  gradEnabled = enabled;
  return new PyContextManager(
    () => null,
    () => {
      gradEnabled = prev;
    },
  );
}

/** The class name of `t`'s grad_fn (`AddBackward0`), or undefined for a leaf. */
export function gradFnOf(t: Tensor): string | undefined {
  return gradFnNode(t)?.name;
}

// Ops whose backward node is not the op's own name + Backward0 (PyTorch 1.13, CPU).
const BACKWARD: Record<string, string> = {
  'aten::sum.dim_IntList': 'SumBackward1',
  'aten::mean.dim': 'MeanBackward1',
  'aten::max.dim': 'MaxBackward0',
  'aten::max': 'MaxBackward1',
  'aten::min.dim': 'MinBackward0',
  'aten::min': 'MinBackward1',
  'aten::squeeze.dim': 'SqueezeBackward1',
  'aten::rsub.Scalar': 'RsubBackward1',
  'aten::pow.Tensor_Tensor': 'PowBackward1',
  'aten::pow.Scalar': 'PowBackward2',
  'aten::clamp': 'ClampBackward1',
  'aten::reshape': 'ViewBackward0',
  'aten::flatten.using_ints': 'ViewBackward0',
  'aten::view': 'ViewBackward0',
  'aten::embedding': 'EmbeddingBackward0',
  'aten::conv1d': 'ConvolutionBackward0',
  'aten::conv2d': 'ConvolutionBackward0',
  'aten::conv_transpose2d.input': 'ConvolutionBackward0',
  'aten::batch_norm': 'NativeBatchNormBackward0',
  'aten::layer_norm': 'NativeLayerNormBackward0',
  'aten::group_norm': 'NativeGroupNormBackward0',
  'aten::max_pool2d': 'MaxPool2DWithIndicesBackward0',
  'aten::max_pool1d': 'MaxPool1DWithIndicesBackward0',
  'aten::avg_pool2d': 'AvgPool2DBackward0',
  'aten::adaptive_avg_pool2d': 'AdaptiveAvgPool2DBackward0',
  'aten::cross_entropy_loss': 'NllLossBackward0',
  'aten::nll_loss_nd': 'NllLossBackward0',
  'aten::index.Tensor': 'IndexBackward0',
  'aten::to.dtype': 'ToCopyBackward0',
  'aten::to.dtype_layout': 'ToCopyBackward0',
  'aten::matmul': 'MmBackward0',
  'aten::t': 'TBackward0',
  'aten::dropout': 'MulBackward0',
  'aten::mse_loss': 'MseLossBackward0',
  'aten::masked_fill.Scalar': 'MaskedFillBackward0',
};

function pascal(base: string): string {
  return base
    .split('_')
    .filter((p) => p !== '')
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}

function backwardName(qualified: string, inputs: readonly Tensor[], result: Tensor): string {
  const base = qualified.slice(qualified.indexOf('::') + 2).split('.')[0]!;
  if (base === 'linear') {
    const [input, , bias] = inputs;
    const d = input?.ndim ?? 2;
    if (bias !== undefined) return d === 2 ? 'AddmmBackward0' : d === 3 && input!.isContiguous() ? 'ViewBackward0' : 'AddBackward0';
    return d === 2 ? 'MmBackward0' : 'UnsafeViewBackward0';
  }
  if (base === 'matmul') {
    const [a, b] = inputs;
    if (a?.ndim === 1 && b?.ndim === 1) return 'DotBackward0';
    if (a?.ndim === 2 && b?.ndim === 1) return 'MvBackward0';
    if ((a?.ndim ?? 2) > 2 || (b?.ndim ?? 2) > 2) return result.ndim > 2 && (b?.ndim ?? 0) > 2 ? 'UnsafeViewBackward0' : 'UnsafeViewBackward0';
  }
  if (base === 'adaptive_avg_pool2d' && result.shape.slice(-2).every((s) => s === 1)) return 'MeanBackward1';
  const known = BACKWARD[qualified] ?? BACKWARD[`aten::${base}`];
  if (known) return known;
  return `${pascal(base.endsWith('_') ? base.slice(0, -1) : base)}Backward0`;
}

function tensorsIn(vs: readonly IValue[], out: Tensor[]): Tensor[] {
  for (const v of vs) {
    if (v instanceof Tensor) out.push(v);
    else if (Array.isArray(v)) tensorsIn(v as IValue[], out);
  }
  return out;
}

function outputsOf(result: IValue): Tensor[] {
  if (result instanceof Tensor) return [result];
  if (result instanceof TupleValue) return result.elements.filter((e): e is Tensor => e instanceof Tensor);
  if (Array.isArray(result)) return tensorsIn(result as IValue[], []);
  return [];
}

// Ops that give a result without history even from tensors that require grad.
const NO_HISTORY = new Set(['detach', 'size', 'numel', 'item', 'argmax', 'argmin', 'alias', 'zeros_like', 'ones_like', 'empty_like', 'rand_like', 'randn_like', 'full_like', 'new_zeros', 'new_ones', 'new_full', 'new_empty']);

/** Before an in-place kernel runs: PyTorch refuses to modify a leaf that requires grad while grad mode is on. */
export function checkInplace(schemaName: string, args: readonly IValue[]): void {
  const base = schemaName.slice(schemaName.indexOf('::') + 2).split('.')[0]!;
  if (!gradEnabled || !base.endsWith('_') || base.startsWith('__')) return;
  const self = args[0];
  if (!(self instanceof Tensor)) return;
  if (self.requiresGrad && gradFnNode(self) === null && viewBaseOf(self) === undefined) {
    throw pyError('RuntimeError', 'a leaf Variable that requires grad is being used in an in-place operation.');
  }
  const viewBase = viewBaseOf(self);
  if (viewBase !== undefined && viewBase.requiresGrad && gradFnNode(viewBase) === null) {
    throw pyError('RuntimeError', 'a view of a leaf Variable that requires grad is being used in an in-place operation.');
  }
}

/**
 * Tags the results of operator `name` as PyTorch's autograd would: with grad mode on and any
 * floating input requiring grad, a new floating result requires grad and gets the op's grad_fn.
 * `schemaName` is the exact overload (`aten::sum.dim_IntList`) when known.
 */
export function tagResult(schemaName: string, args: readonly IValue[], result: IValue): void {
  const outs = outputsOf(result);
  if (outs.length === 0) return;
  const inputs = tensorsIn(args, []);
  const base = schemaName.slice(schemaName.indexOf('::') + 2).split('.')[0]!;
  const tracked = gradEnabled && !NO_HISTORY.has(base) && inputs.some((t) => t.requiresGrad);
  const inplace = base.endsWith('_') && !base.startsWith('__');
  // Label smoothing adds the smoothing term last (`(1 - ls) * nll + ls / C * smooth`).
  const smoothed = base === 'cross_entropy_loss' && typeof args[5] === 'number' && args[5] > 0;
  // Note [Version counters]: the write is counted before the op is recorded.
  if (inplace && args[0] instanceof Tensor) bumpVersion(args[0]);
  // Note [In-place on views]: results that share their input's storage are views of its base.
  const first = inputs[0];
  if (!inplace && first !== undefined && !NO_HISTORY.has(base)) for (const out of outs) if (out !== first && out.storage === first.storage) noteView(out, first);
  const differentiable: Tensor[] = [];
  for (const out of outs) {
    if (inputs.includes(out) && !inplace) continue;
    // Untracked results keep the kernel's flag: a view made under no_grad still requires grad
    // when its base does (Tensor.asStrided copies it); a factory sets it from `requires_grad=`.
    if (!inplace && !tracked) {
      if (NO_HISTORY.has(base)) out.requiresGrad = false;
      continue;
    }
    const grad = tracked && isFloating(out.dtype);
    if (inplace && !grad) continue;
    out.requiresGrad = grad;
    if (grad) differentiable.push(out);
    else setGradFn(out, null);
  }
  if (differentiable.length === 0) return;
  const name = smoothed ? 'AddBackward0' : backwardName(schemaName, inputs, differentiable[0]!);
  recordOp(schemaName, name, args, outs, differentiable);
  const viewBase = inplace && first !== undefined ? viewBaseOf(first) : undefined;
  if (viewBase !== undefined) rebaseHistory(first!, viewBase);
}

/** Runs `f`, turning the engine's errors into Python exceptions. */
function engineCall<T>(f: () => T): T {
  try {
    return withoutGrad(f);
  } catch (e) {
    if (e instanceof TorchError) throw pyError(e.kind, e.message);
    throw e;
  }
}

/** A tensor or a sequence of tensors (and None) as a list. */
function tensorList(it: Interpreter, v: PyValue, what: string): (Tensor | null)[] {
  const xs = v instanceof Tensor ? [v] : v === null ? [] : [...it.iterate(v)];
  return xs.map((x) => {
    if (x !== null && !(x instanceof Tensor)) throw pyError('TypeError', `${what} must be Tensors, not ${it.typeName(x)}`);
    return x;
  });
}

/** `torch.autograd`: grad, backward and the grad-mode context managers. */
export function autogradFunctions(it: Interpreter): Record<string, NativeFn> {
  const arg = (a: PyValue[], kw: Map<string, PyValue>, i: number, name: string, dflt: PyValue): PyValue => a[i] ?? kw.get(name) ?? dflt;
  return {
    grad: (a, kw) => {
      if (it.truthy(arg(a, kw, 4, 'create_graph', false))) throw pyError('NotImplementedError', 'torch.autograd.grad(create_graph=True) is not supported yet');
      const outputs = tensorList(it, arg(a, kw, 0, 'outputs', null), 'outputs') as Tensor[];
      const inputs = tensorList(it, arg(a, kw, 1, 'inputs', null), 'inputs') as Tensor[];
      const gradOutputs = tensorList(it, arg(a, kw, 2, 'grad_outputs', null), 'grad_outputs');
      const retain = arg(a, kw, 3, 'retain_graph', null);
      const allowUnused = it.truthy(arg(a, kw, 6, 'allow_unused', false));
      return tupleOf(engineCall(() => grad(outputs, inputs, gradOutputs, retain === null ? false : it.truthy(retain), allowUnused)));
    },
    backward: (a, kw) => {
      const tensors = tensorList(it, arg(a, kw, 0, 'tensors', null), 'tensors') as Tensor[];
      const grads = tensorList(it, arg(a, kw, 1, 'grad_tensors', null), 'grad_tensors');
      const retain = arg(a, kw, 2, 'retain_graph', null);
      engineCall(() => backward(tensors, grads, retain === null ? false : it.truthy(retain)));
      return null;
    },
    no_grad: () => gradModeContext(false),
    enable_grad: () => gradModeContext(true),
    set_grad_enabled: ([mode]) => setGradEnabled(mode === true),
    _record_function: ([name, ctx, backwardFn, args, out]) => recordFunction(it, String(name), ctx!, backwardFn!, [...it.iterate(args!)], out!),
  };
}

/**
 * The results of a custom `torch.autograd.Function` (`Cls.apply`): with grad mode on and a tensor
 * argument that requires grad, its floating outputs get a Node whose backward is `backwardFn(ctx, *grads)`.
 */
function recordFunction(it: Interpreter, name: string, ctx: PyValue, backwardFn: PyValue, args: PyValue[], out: PyValue): PyValue {
  const outputs = out instanceof Tensor ? [out] : out instanceof TupleValue ? out.elements.filter((e): e is Tensor => e instanceof Tensor) : [];
  const tracked = gradEnabled && args.some((a) => a instanceof Tensor && a.requiresGrad);
  const differentiable = tracked ? outputs.filter((o) => isFloating(o.dtype)) : [];
  if (differentiable.length === 0) return out;
  for (const o of differentiable) o.requiresGrad = true;
  recordCustom(name, (grads) => {
    const r = it.call(backwardFn, [ctx, ...grads]);
    const list = r instanceof TupleValue ? r.elements : [r];
    if (list.length !== args.length) {
      throw new TorchError('RuntimeError', `function ${name} returned an incorrect number of gradients (expected ${args.length}, got ${list.length})`);
    }
    return list.map((g) => (g instanceof Tensor ? g : null));
  }, args as IValue[], outputs, differentiable);
  return out;
}

/** `t.backward(gradient=None, retain_graph=None, create_graph=False, inputs=None)`. */
export function backwardOf(it: Interpreter, t: Tensor, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>): null {
  const gradient = args[0] ?? kwargs.get('gradient') ?? null;
  const retain = args[1] ?? kwargs.get('retain_graph') ?? null;
  const create = args[2] ?? kwargs.get('create_graph') ?? false;
  if (it.truthy(create)) throw pyError('NotImplementedError', 'backward(create_graph=True) is not supported yet');
  if ((args[3] ?? kwargs.get('inputs') ?? null) !== null) throw pyError('NotImplementedError', 'backward(inputs=...) is not supported yet');
  if (gradient !== null && !(gradient instanceof Tensor)) throw pyError('TypeError', `gradient must be a Tensor or None, not ${it.typeName(gradient)}`);
  engineCall(() => backward([t], [gradient], retain === null ? false : it.truthy(retain)));
  return null;
}
