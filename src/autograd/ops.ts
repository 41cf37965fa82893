// Operators as backward formulas use them: the same registry kernels as forward code, no recording.
import type { IValue } from '../runtime/ivalue';
import { DTypeValue } from '../runtime/ivalue';
import type { DType } from '../runtime/dtype';
import { Tensor } from '../runtime/tensor';
import { newHostArray } from '../runtime/dtype';
import { callOp } from '../ops/index';

/** Calls operator `name` (`aten::mm`, or an exact `aten::add.Tensor`) with positional arguments. */
export function op(name: string, ...args: IValue[]): Tensor {
  return callOp(name, args) as Tensor;
}

export function ints(xs: readonly number[]): bigint[] {
  return xs.map((x) => BigInt(x));
}

export function zeros(shape: readonly number[], dtype: DType): Tensor {
  return callOp('aten::zeros', [ints(shape)], { dtype: new DTypeValue(dtype).code }) as Tensor;
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/**
 * at::sum_to: sums a broadcast gradient back to `shape`, leading dimensions and stretched size-1
 * dimensions in one reduction (keepdim), then views it as `shape`.
 */
export function sumTo(g: Tensor, shape: readonly number[]): Tensor {
  if (sameShape(g.shape, shape)) return g;
  const lead = g.ndim - shape.length;
  const dims: number[] = [];
  for (let i = 0; i < g.ndim; i++) {
    if (i < lead || (shape[i - lead] === 1 && g.shape[i] !== 1)) dims.push(i);
  }
  const r = dims.length > 0 ? op('aten::sum.dim_IntList', g, ints(dims), true) : g;
  return lead > 0 ? op('aten::view', r, ints(shape)) : r;
}

/** `grad * s` unless s is 1 (PyTorch's maybe_multiply). */
export function scaled(g: Tensor, s: IValue): Tensor {
  return s === 1 || s === 1n ? g : op('aten::mul.Scalar', g, s);
}

export function neg(g: Tensor): Tensor {
  return op('aten::neg', g);
}

export function mul(a: Tensor, b: IValue): Tensor {
  return op(typeof b === 'object' ? 'aten::mul.Tensor' : 'aten::mul.Scalar', a, b);
}

export function div(a: Tensor, b: IValue): Tensor {
  return op(typeof b === 'object' ? 'aten::div.Tensor' : 'aten::div.Scalar', a, b);
}

export function add(a: Tensor, b: Tensor): Tensor {
  return op('aten::add.Tensor', a, b);
}

export function sub(a: Tensor, b: IValue): Tensor {
  return op(typeof b === 'object' ? 'aten::sub.Tensor' : 'aten::sub.Scalar', a, b);
}

/** Wraps a negative dimension the way ATen's maybe_wrap_dim does. */
export function wrap(dim: IValue, ndim: number): number {
  const d = Number(dim);
  return d < 0 ? d + Math.max(ndim, 1) : d;
}

/**
 * `f` over two float32 tensors of one shape on the host, for PyTorch kernels the compiler fused
 * (tanh_backward is `a * fma(-b, b, 1)`): `f` rounds where the kernel rounds. Null otherwise.
 */
export function fusedFloat32(a: Tensor, b: Tensor, f: (x: number, y: number) => number): Tensor | null {
  if (a.dtype !== 'float32' || b.dtype !== 'float32' || !sameShape(a.shape, b.shape)) return null;
  const av = a.contiguous().values();
  const bv = b.contiguous().values();
  const out = newHostArray('float32', a.numel);
  for (let i = 0; i < out.length; i++) out[i] = f(av[i]!, bv[i]!);
  return Tensor.fromArray('float32', a.shape, out);
}
