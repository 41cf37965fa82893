// Tensor attributes and methods: properties (shape, dtype, T) and `x.method(...)` through the registry.
import { Tensor } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { DTypeValue, Device } from '../runtime/ivalue';
import type { DType } from '../runtime/dtype';
import { isFloating } from '../runtime/dtype';
import type { Interpreter } from './interpreter';
import type { PyValue } from './objects';
import { PyBuiltin, PyNative, SizeValue, tupleOf } from './objects';
import { pyError } from './errors';
import { hasOp, invokeOp } from './dispatch';
import { activeTrace, noteConversion } from './tracing';
import { backwardOf, gradFnOf, withoutGrad } from './autograd';
import type { Node as AutogradNode } from '../autograd/index';
import { AccumulateGrad, gradFnNode, gradOf, registerHook, retainGrad, setGrad } from '../autograd/index';
import { TorchError } from '../runtime/errors';

/** Runs `f`, turning autograd's errors into Python exceptions. */
function engineErrors<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof TorchError) throw pyError(e.kind, e.message);
    throw e;
  }
}

/** `t.grad_fn`: None for a leaf, else an object that prints as PyTorch's node. */
function gradFnObject(t: Tensor): PyValue {
  const node = gradFnNode(t);
  return node === null ? null : nodeObject(node);
}

// One Python object per Node, so `a.grad_fn is b.grad_fn` holds when they share it.
const nodeObjects = new WeakMap<AutogradNode, PyNative>();

/** A backward Node as Python sees it: name(), next_functions, and `variable` for AccumulateGrad. */
function nodeObject(node: AutogradNode): PyNative {
  let obj = nodeObjects.get(node);
  if (obj !== undefined) return obj;
  obj = new (class extends PyNative {
    readonly typeName = node.name;
    override repr(): string {
      return `<${node.name} object at 0x7f0000000000>`;
    }
    override getAttr(name: string): PyValue | undefined {
      if (name === 'name') return new PyBuiltin('name', () => (node instanceof AccumulateGrad ? 'torch::autograd::AccumulateGrad' : node.name));
      if (name === 'next_functions') return tupleOf(node.next.map((e) => tupleOf([e === null ? null : nodeObject(e.node), BigInt(e?.outputNr ?? 0)])));
      if (name === 'variable' && node instanceof AccumulateGrad) return node.variable;
      return undefined;
    }
  })();
  nodeObjects.set(node, obj);
  return obj;
}

const storageIds = new WeakMap<object, bigint>();

/** `t.data_ptr()`: a made-up address per storage, offset by the view's first element. */
let storageCount = 0;
function dataPtr(t: Tensor): bigint {
  let id = storageIds.get(t.storage);
  if (id === undefined) {
    id = 0x55d000000000n + (BigInt(++storageCount) << 16n);
    storageIds.set(t.storage, id);
  }
  return id + BigInt(t.storageOffset * ELEMENT_SIZE[t.dtype]);
}
const ELEMENT_SIZE: Record<string, number> = { float64: 8, int64: 8, float32: 4, int32: 4, float16: 2, int16: 2, int8: 1, uint8: 1, bool: 1 };

/** `requires_grad_()`: only leaves, and only floating ones, may change the flag (PyTorch's messages). */
function setRequiresGrad(t: Tensor, on: boolean): void {
  if (gradFnOf(t) !== undefined && !on) {
    throw pyError('RuntimeError', 'you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn\'t require differentiation use var_no_grad = var.detach().');
  }
  if (on && !isFloating(t.dtype)) throw pyError('RuntimeError', 'only Tensors of floating point and complex dtype can require gradients');
  t.requiresGrad = on;
}

/** `x.float()`-style conversions and the dtype they convert to. */
const CONVERSIONS: Record<string, DType> = {
  float: 'float32',
  double: 'float64',
  half: 'float16',
  long: 'int64',
  int: 'int32',
  short: 'int16',
  char: 'int8',
  byte: 'uint8',
  bool: 'bool',
};

/** `x.shape` / `x.size()`: torch.Size, computed through aten::size so a tracer sees it (Note [Traced sizes]). */
export function tensorSize(t: Tensor): SizeValue {
  return new SizeValue(invokeOp('aten::size', [t]) as IValue[]);
}

// torch/_tensor.py's warning for `len(t)` while tracing.
const LEN_MESSAGE =
  'Using len to get tensor shape might cause the trace to be incorrect. Recommended usage would be tensor.shape[0]. Passing a tensor of different shape might lead to errors or silently give incorrect results.';

/** `x.tolist()`: nested lists of Python numbers. */
export function tensorToList(t: Tensor): PyValue {
  const values = t.values();
  const conv = (x: number): PyValue => (t.dtype === 'bool' ? x !== 0 : t.isFloatingPoint ? x : BigInt(x));
  if (t.ndim === 0) return conv(values[0]!);
  const build = (dim: number, offset: number): PyValue[] => {
    const n = t.shape[dim]!;
    const stride = t.shape.slice(dim + 1).reduce((a, b) => a * b, 1);
    const out: PyValue[] = [];
    for (let i = 0; i < n; i++) out.push(dim === t.ndim - 1 ? conv(values[offset + i]!) : build(dim + 1, offset + i * stride));
    return out;
  };
  return build(0, 0);
}

function method(name: string, fn: (args: PyValue[], kwargs: Map<string, PyValue>) => PyValue): PyBuiltin {
  return new PyBuiltin(name, fn);
}

/** `x.name`, or undefined when tensors have no such attribute. */
export function tensorAttr(it: Interpreter, t: Tensor, name: string): PyValue | undefined {
  switch (name) {
    case 'shape':
      return tensorSize(t);
    case 'dtype':
      return new DTypeValue(t.dtype);
    case 'device':
      return new Device('cpu');
    case 'ndim':
      return BigInt(t.ndim);
    case 'T':
      return invokeOp('aten::permute', [t, t.shape.map((_, i) => BigInt(t.ndim - 1 - i))]);
    case 'mT':
      return invokeOp('aten::transpose', [t, -2n, -1n]);
    case 'data':
      return invokeOp('aten::detach', [t]);
    case 'requires_grad':
      return t.requiresGrad;
    case 'is_leaf':
      return gradFnOf(t) === undefined;
    case 'grad':
      return gradOf(t);
    case 'grad_fn':
      return gradFnObject(t);
    case 'is_cuda':
      return false;
    case 'stride':
      return method(name, (args, kwargs) => {
        const r = invokeOp('aten::stride', [t, ...args], kwargs);
        return Array.isArray(r) ? tupleOf(r as PyValue[]) : r;
      });
    case 'data_ptr':
      return method(name, () => dataPtr(t));
    case 'element_size':
      return method(name, () => BigInt(ELEMENT_SIZE[t.dtype]!));
    case 'size':
      return method(name, (args, kwargs) => {
        if (args.length === 0 && kwargs.size === 0) return tensorSize(t);
        return invokeOp('aten::size', [t, ...args], kwargs);
      });
    case 'tolist':
      return method(name, () => (noteConversion('list'), tensorToList(t)));
    case 'item':
      return method(name, () => {
        if (t.numel !== 1) throw pyError('ValueError', 'only one element tensors can be converted to Python scalars');
        noteConversion('number');
        return invokeOp('aten::item', [t]);
      });
    case 'dim':
    case 'ndimension':
      return method(name, () => BigInt(t.ndim));
    case 'nelement':
      return method(name, () => invokeOp('aten::numel', [t]));
    case 'type':
      return method(name, (args) => {
        if (args.length === 0) return `torch.${t.dtype === 'float32' ? 'Float' : t.dtype === 'int64' ? 'Long' : t.dtype}Tensor`;
        return invokeOp('aten::to', [t, args[0]!]);
      });
    case 'requires_grad_':
      return method(name, (args) => {
        setRequiresGrad(t, args.length === 0 ? true : it.truthy(args[0]!));
        return t;
      });
    case 'backward':
      return method(name, (args, kwargs) => backwardOf(it, t, args, kwargs));
    case 'register_hook':
      return method(name, ([fn]) => {
        const remove = engineErrors(() => registerHook(t, (g) => {
          const r = it.call(fn!, [g]);
          if (r !== null && !(r instanceof Tensor)) throw pyError('TypeError', `hook returned ${it.typeName(r)}, expected a Tensor or None`);
          return r;
        }));
        return new (class extends PyNative {
          readonly typeName = 'RemovableHandle';
          override getAttr(attr: string): PyValue | undefined {
            return attr === 'remove' ? new PyBuiltin('remove', () => (remove(), null)) : undefined;
          }
        })();
      });
    case 'retain_grad':
      return method(name, () => {
        engineErrors(() => retainGrad(t));
        return null;
      });
    case 'numpy':
    case 'cuda':
      return method(name, () => {
        throw pyError('NotImplementedError', `Tensor.${name}() is not supported in the browser`);
      });
    case 'cpu':
      return method(name, () => t);
    case 'nonzero':
      return method(name, (args, kwargs) => nonzeroOf([t, ...args], kwargs));
    case 'where':
      // Tensor.where(condition, other): self is the schema's second argument (aten::where.self).
      return method(name, (args, kwargs) => invokeOp('aten::where', [args[0]!, t, ...args.slice(1)], kwargs));
    case '__repr__':
    case '__str__':
      return method(name, () => it.repr(t));
    case '__len__':
      return method(name, () => {
        if (t.ndim === 0) throw pyError('TypeError', 'len() of a 0-d tensor');
        activeTrace()?.warning(LEN_MESSAGE);
        return BigInt(t.shape[0]!);
      });
  }
  if (name === 'new_tensor') {
    // Tensor.new_tensor takes the data's values with self's dtype unless dtype= says otherwise.
    return method(name, (args, kwargs) => invokeOp('aten::tensor', args, new Map([['dtype', new DTypeValue(t.dtype)], ...kwargs])));
  }
  if (name === 'unique') return method(name, (args, kwargs) => uniqueOf([t, ...args], kwargs));
  const conv = CONVERSIONS[name];
  if (conv !== undefined) return method(name, () => invokeOp('aten::to', [t, new DTypeValue(conv)]));
  if (hasOp(`aten::${name}`)) {
    return method(name, (args, kwargs) => {
      const r = invokeOp(`aten::${name}`, [t, ...args], kwargs);
      return pythonResult(r);
    });
  }
  return undefined;
}

/**
 * torch.unique / Tensor.unique (torch/functional.py): aten::_unique2, returning the inverse
 * indices and counts only when asked.
 */
export function uniqueOf(args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
  const names = ['input', 'sorted', 'return_inverse', 'return_counts', 'dim'];
  const arg = (i: number, dflt: PyValue): PyValue => args[i] ?? kwargs.get(names[i]!) ?? dflt;
  if (arg(4, null) !== null) throw pyError('NotImplementedError', 'torch.unique(dim=...) is not supported yet');
  const [inverse, counts] = [arg(2, false) === true, arg(3, false) === true];
  const r = invokeOp('aten::_unique2', [arg(0, null), arg(1, true), inverse, counts]) as { elements: PyValue[] };
  const [out, inv, cnt] = r.elements;
  if (!inverse && !counts) return out!;
  return tupleOf([out!, ...(inverse ? [inv!] : []), ...(counts ? [cnt!] : [])]);
}

/** torch.nonzero / Tensor.nonzero: as_tuple=True gives one index tensor per dim (Python-level argument). */
export function nonzeroOf(args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
  const asTuple = (args[1] ?? kwargs.get('as_tuple') ?? false) === true;
  const x = (args[0] ?? kwargs.get('input') ?? null) as Tensor;
  if (!asTuple) return invokeOp('aten::nonzero', [x]);
  // As torch/_tensor.py: a 0-d input is seen as 1-d.
  const idx = invokeOp('aten::nonzero', [x.ndim === 0 ? (invokeOp('aten::unsqueeze', [x, 0n]) as Tensor) : x]) as Tensor;
  return tupleOf(invokeOp('aten::unbind', [idx, 1n]) as Tensor[]);
}

/** torch.unique_consecutive: like torch.unique, only the outputs asked for. */
export function uniqueConsecutiveOf(args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
  const names = ['input', 'return_inverse', 'return_counts', 'dim'];
  const arg = (i: number, dflt: PyValue): PyValue => args[i] ?? kwargs.get(names[i]!) ?? dflt;
  const [inverse, counts] = [arg(1, false) === true, arg(2, false) === true];
  const r = invokeOp('aten::unique_consecutive', [arg(0, null), inverse, counts, arg(3, null)]) as { elements: PyValue[] };
  const [out, inv, cnt] = r.elements;
  if (!inverse && !counts) return out!;
  return tupleOf([out!, ...(inverse ? [inv!] : []), ...(counts ? [cnt!] : [])]);
}

/** Operator results as Python sees them: a list of tensors is a tuple (`x.chunk(2)`). */
export function pythonResult(r: PyValue): PyValue {
  if (Array.isArray(r) && r.length > 0 && r.every((x) => x instanceof Tensor)) return tupleOf(r);
  return r;
}

export function setTensorAttr(it: Interpreter, t: Tensor, name: string, value: PyValue): boolean {
  if (name === 'grad') {
    if (value !== null && !(value instanceof Tensor)) throw pyError('TypeError', `assigned grad expected to be a Tensor or None but got grad of type ${it.typeName(value)}`);
    setGrad(t, value);
    return true;
  }
  if (name === 'requires_grad') {
    setRequiresGrad(t, it.truthy(value));
    return true;
  }
  if (name === 'data' && value instanceof Tensor) {
    withoutGrad(() => invokeOp('aten::copy_', [t, value as IValue]));
    return true;
  }
  return false;
}
