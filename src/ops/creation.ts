// Creation and conversion operators: zeros/ones/full/arange/linspace/eye, tensor(), *_like, to().
import { Tensor } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { TupleValue } from '../runtime/ivalue';
import type { DType } from '../runtime/dtype';
import { DEFAULT_FLOAT, isFloating } from '../runtime/dtype';
import { TorchError } from '../runtime/errors';
import { fma, fmaf } from '../runtime/random/fma';
import * as A from './args';
import { defineOp } from './registry';

export const OPTS = 'ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None';

function checkSize(size: readonly number[]): readonly number[] {
  const bad = size.find((s) => s < 0);
  if (bad !== undefined) {
    throw new TorchError('RuntimeError', `Trying to create tensor with negative dimension ${bad}: [${size.join(', ')}]`);
  }
  return size;
}

defineOp(`aten::zeros(SymInt[] size, *, ${OPTS}) -> Tensor`, (a) => Tensor.full(A.optDtype(a[1]) ?? DEFAULT_FLOAT, checkSize(A.intList(a[0])), 0));
defineOp(`aten::ones(SymInt[] size, *, ${OPTS}) -> Tensor`, (a) => Tensor.full(A.optDtype(a[1]) ?? DEFAULT_FLOAT, checkSize(A.intList(a[0])), 1));
defineOp(`aten::empty.memory_format(SymInt[] size, *, ${OPTS}, MemoryFormat? memory_format=None) -> Tensor`, (a) =>
  Tensor.full(A.optDtype(a[1]) ?? DEFAULT_FLOAT, checkSize(A.intList(a[0])), 0),
);

/** The dtype torch infers for a Python scalar fill value. */
function scalarDtype(v: IValue): DType {
  return typeof v === 'boolean' ? 'bool' : typeof v === 'bigint' ? 'int64' : DEFAULT_FLOAT;
}

defineOp(`aten::full(SymInt[] size, Scalar fill_value, *, ${OPTS}) -> Tensor`, (a) =>
  Tensor.full(A.optDtype(a[2]) ?? scalarDtype(a[1]), checkSize(A.intList(a[0])), A.scalar(a[1]).value),
);

export const LIKE = 'ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None';
function like(name: string, extra: string, value: (a: IValue[]) => number, dtypeAt: number): void {
  defineOp(`aten::${name}(Tensor self${extra}, *, ${LIKE}) -> Tensor`, (a) => {
    const t = A.tensor(a[0]);
    return Tensor.full(A.optDtype(a[dtypeAt]) ?? t.dtype, t.shape, value(a));
  });
}
like('zeros_like', '', () => 0, 1);
like('ones_like', '', () => 1, 1);
like('empty_like', '', () => 0, 1);
like('full_like', ', Scalar fill_value', (a) => A.scalar(a[1]).value, 2);

defineOp(`aten::new_zeros(Tensor self, SymInt[] size, *, ${OPTS}) -> Tensor`, (a) =>
  Tensor.full(A.optDtype(a[2]) ?? A.tensor(a[0]).dtype, A.intList(a[1]), 0),
);
defineOp(`aten::new_ones(Tensor self, SymInt[] size, *, ${OPTS}) -> Tensor`, (a) =>
  Tensor.full(A.optDtype(a[2]) ?? A.tensor(a[0]).dtype, A.intList(a[1]), 1),
);
defineOp(`aten::new_empty(Tensor self, SymInt[] size, *, ${OPTS}) -> Tensor`, (a) =>
  Tensor.full(A.optDtype(a[2]) ?? A.tensor(a[0]).dtype, A.intList(a[1]), 0),
);
defineOp(`aten::new_full(Tensor self, SymInt[] size, Scalar fill_value, *, ${OPTS}) -> Tensor`, (a) =>
  Tensor.full(A.optDtype(a[3]) ?? A.tensor(a[0]).dtype, A.intList(a[1]), A.scalar(a[2]).value),
);

export function arange(start: IValue, end: IValue, step: IValue, dtype: DType | null): Tensor {
  const [s, e, st] = [A.scalar(start).value, A.scalar(end).value, A.scalar(step).value];
  const anyFloat = [start, end, step].some((v) => typeof v === 'number' || (v instanceof Tensor && isFloating(v.dtype)));
  const d = dtype ?? (anyFloat ? DEFAULT_FLOAT : 'int64');
  if (st === 0) throw new TorchError('RuntimeError', 'step must be nonzero');
  if ((st > 0 && e < s) || (st < 0 && e > s)) throw new TorchError('RuntimeError', 'upper bound and larger bound inconsistent with step sign');
  const n = Math.ceil((e - s) / st);
  return Tensor.fromValues(d, [n], Array.from({ length: n }, (_, i) => s + i * st));
}

defineOp(`aten::arange(Scalar end, *, ${OPTS}) -> Tensor`, (a) => arange(0n, a[0], 1n, A.optDtype(a[1])));
defineOp(`aten::arange.start(Scalar start, Scalar end, *, ${OPTS}) -> Tensor`, (a) => arange(a[0], a[1], 1n, A.optDtype(a[2])));
defineOp(`aten::arange.start_step(Scalar start, Scalar end, Scalar step=1, *, ${OPTS}) -> Tensor`, (a) =>
  arange(a[0], a[1], a[2], A.optDtype(a[3])),
);

// Note [Range precision]: PyTorch computes linspace in the result's own type (float32 for
// float, double steps truncated for integers), and its vectorised loop fills whole chunks of
// 2 x 32 bytes from whichever end each 32-byte chunk starts in; logspace and range accumulate in double.
function linspace(s: number, e: number, n: number, dtype: DType): Tensor {
  if (n < 0) throw new TorchError('RuntimeError', 'number of steps must be non-negative');
  const f32 = dtype === 'float32' || dtype === 'float16';
  const r = f32 ? Math.fround : (x: number) => x;
  const [start, end] = isFloating(dtype) ? [r(s), r(e)] : [s, e];
  const step = n > 1 ? r(r(end - start) / (n - 1)) : 0;
  const half = Math.floor(n / 2);
  // The scalar loop fuses multiply and add (FMA); Vectorized::arange rounds each product.
  const fused = f32 ? fmaf : fma;
  const fromStart = (i: number): number => r(fused(step, i, start));
  const fromEnd = (i: number): number => r(fused(-step, n - i - 1, end));
  const vals = new Array<number>(n);
  const lanes = isFloating(dtype) ? 32 / (f32 ? 4 : 8) : 0;
  let i = 0;
  for (; lanes > 0 && i + 2 * lanes <= n; i += lanes) {
    const base = i < half ? fromStart(i) : fromEnd(i);
    for (let k = 0; k < lanes; k++) vals[i + k] = r(base + r(step * k));
    i += lanes;
    const base2 = i < half ? fromStart(i) : fromEnd(i);
    for (let k = 0; k < lanes; k++) vals[i + k] = r(base2 + r(step * k));
  }
  for (; i < n; i++) vals[i] = i < half || n === 1 ? fromStart(i) : fromEnd(i);
  return Tensor.fromValues(dtype, [n], isFloating(dtype) ? vals : vals.map(Math.trunc));
}

defineOp(`aten::linspace(Scalar start, Scalar end, int steps, *, ${OPTS}) -> Tensor`, (a) =>
  linspace(A.scalar(a[0]).value, A.scalar(a[1]).value, A.int(a[2]), A.optDtype(a[3]) ?? DEFAULT_FLOAT),
);

defineOp(`aten::logspace(Scalar start, Scalar end, int steps, float base=10., *, ${OPTS}) -> Tensor`, (a) => {
  const [s, e, n, base] = [A.scalar(a[0]).value, A.scalar(a[1]).value, A.int(a[2]), A.float(a[3])];
  if (n < 0) throw new TorchError('RuntimeError', 'number of steps must be non-negative');
  const dtype = A.optDtype(a[4]) ?? DEFAULT_FLOAT;
  const r = dtype === 'float32' ? Math.fround : (x: number) => x;
  const [start, end] = [r(s), r(e)];
  const step = r(end - start) / (n - 1);
  const half = Math.floor(n / 2);
  const vals = Array.from({ length: n }, (_, i) => base ** (i < half ? start + step * i : end - step * (n - i - 1)));
  return Tensor.fromValues(dtype, [n], n === 1 ? [base ** start] : vals);
});

function range(start: IValue, end: IValue, step: IValue, dtype: DType | null): Tensor {
  const [s, e, st] = [A.scalar(start).value, A.scalar(end).value, A.scalar(step).value];
  if (st === 0) throw new TorchError('RuntimeError', 'step must be nonzero');
  if ((st > 0 && e < s) || (st < 0 && e > s)) throw new TorchError('RuntimeError', 'upper bound and larger bound inconsistent with step sign');
  const n = Math.floor((e - s) / st) + 1;
  return Tensor.fromValues(dtype ?? DEFAULT_FLOAT, [n], Array.from({ length: n }, (_, i) => s + i * st));
}
defineOp(`aten::range(Scalar start, Scalar end, *, ${OPTS}) -> Tensor`, (a) => range(a[0]!, a[1]!, 1n, A.optDtype(a[2])));
defineOp(`aten::range.step(Scalar start, Scalar end, Scalar step=1, *, ${OPTS}) -> Tensor`, (a) => range(a[0]!, a[1]!, a[2]!, A.optDtype(a[3])));

function eye(n: number, m: number, dtype: DType | null): Tensor {
  if (n < 0) throw new TorchError('RuntimeError', `n must be greater or equal to 0, got ${n}`);
  const t = Tensor.full(dtype ?? DEFAULT_FLOAT, [n, m], 0);
  const host = t.storage.host;
  for (let i = 0; i < Math.min(n, m); i++) host[i * m + i] = 1;
  return t;
}
defineOp(`aten::eye(int n, *, ${OPTS}) -> Tensor`, (a) => eye(A.int(a[0]), A.int(a[0]), A.optDtype(a[1])));
defineOp(`aten::eye.m(int n, int m, *, ${OPTS}) -> Tensor`, (a) => eye(A.int(a[0]), A.int(a[1]), A.optDtype(a[2])));

/** torch.tensor(data): infers shape and dtype (bool < int64 < float32) from nested lists. */
export function tensorFromData(data: IValue, dtype: DType | null): Tensor {
  const shape: number[] = [];
  const flat: number[] = [];
  let kind: DType = 'bool';
  let any = false;
  const visit = (v: IValue, depth: number): void => {
    if (Array.isArray(v) || v instanceof TupleValue) {
      const items = Array.isArray(v) ? v : v.elements;
      if (shape.length === depth) shape.push(items.length);
      else if (shape[depth] !== items.length) {
        throw new TorchError('ValueError', `expected sequence of length ${shape[depth]} at dim ${depth} (got ${items.length})`);
      }
      for (const x of items) visit(x, depth + 1);
      return;
    }
    if (depth !== shape.length) throw new TorchError('TypeError', 'Tensor data must be nested lists of numbers with a regular shape');
    any = true;
    if (v instanceof Tensor) {
      flat.push(v.item());
      kind = isFloating(v.dtype) ? DEFAULT_FLOAT : kind === 'bool' && v.dtype === 'bool' ? 'bool' : kind === DEFAULT_FLOAT ? kind : 'int64';
      return;
    }
    if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') {
      throw new TorchError('TypeError', `new(): invalid data type '${typeof v === 'string' ? 'str' : v === null ? 'NoneType' : typeof v}'`);
    }
    const s = A.scalar(v);
    flat.push(s.value);
    if (typeof v === 'number') kind = DEFAULT_FLOAT;
    else if (typeof v === 'bigint' && kind === 'bool') kind = 'int64';
  };
  visit(data, 0);
  return Tensor.fromValues(dtype ?? (any ? kind : DEFAULT_FLOAT), shape, flat);
}
const TENSOR_OPTS = 'ScalarType? dtype=None, Device? device=None, bool requires_grad=False';
function withGradFlag(t: Tensor, flag: IValue): Tensor {
  t.requiresGrad = flag === true;
  return t;
}
// bool before int before float: an overload must not widen the Python value it is given.
for (const t of ['bool t', 'int t', 'float t']) {
  defineOp(`aten::tensor.${t.split(' ')[0]}(${t}, *, ${TENSOR_OPTS}) -> Tensor`, (a) => withGradFlag(tensorFromData(a[0], A.optDtype(a[1])), a[3]!));
}
defineOp(`aten::tensor(t[] data, *, ${TENSOR_OPTS}) -> Tensor`, (a) => withGradFlag(tensorFromData(a[0], A.optDtype(a[1])), a[3]!));
defineOp(`aten::scalar_tensor(Scalar s, *, ${OPTS}) -> Tensor`, (a) => Tensor.scalar(A.optDtype(a[1]) ?? DEFAULT_FLOAT, A.scalar(a[0]).value));

/** A 0-d tensor from a number (prim::NumToTensor): int64 for ints, float64 for floats. */
function numToTensor(v: IValue): Tensor {
  const d: DType = typeof v === 'bigint' ? 'int64' : typeof v === 'boolean' ? 'bool' : 'float64';
  return Tensor.scalar(d, A.scalar(v).value);
}
defineOp('prim::NumToTensor.Scalar(Scalar a) -> Tensor', (a) => numToTensor(a[0]));
defineOp('prim::NumToTensor.bool(bool a) -> Tensor', (a) => numToTensor(a[0]));

/** Tensor.to(dtype): the same tensor when nothing changes and no copy is asked for. */
export function toDtype(t: Tensor, dtype: DType | null, copy: boolean): Tensor {
  if ((dtype === null || dtype === t.dtype) && !copy) return t;
  return t.cast(dtype ?? t.dtype);
}
const MF = 'MemoryFormat? memory_format=None';
defineOp(`aten::to.dtype(Tensor(a) self, ScalarType dtype, bool non_blocking=False, bool copy=False, ${MF}) -> Tensor(a)`, (a) =>
  toDtype(A.tensor(a[0]), A.dtype(a[1]), A.bool(a[3])),
);
defineOp(`aten::to.device(Tensor(a) self, Device device, ScalarType dtype, bool non_blocking=False, bool copy=False, ${MF}) -> Tensor(a)`, (a) =>
  toDtype(A.tensor(a[0]), A.dtype(a[2]), A.bool(a[4])),
);
defineOp(`aten::to.other(Tensor(a) self, Tensor other, bool non_blocking=False, bool copy=False, ${MF}) -> Tensor(a)`, (a) =>
  toDtype(A.tensor(a[0]), A.tensor(a[1]).dtype, A.bool(a[3])),
);
defineOp('aten::to.prim_Device(Tensor(a) self, Device? device, int? dtype=None, bool non_blocking=False, bool copy=False) -> Tensor(b|a)', (a) =>
  toDtype(A.tensor(a[0]), A.optDtype(a[2]), A.bool(a[4])),
);
defineOp('aten::to.prim_dtype(Tensor(a) self, int? dtype=None, bool non_blocking=False, bool copy=False) -> Tensor(b|a)', (a) =>
  toDtype(A.tensor(a[0]), A.optDtype(a[1]), A.bool(a[3])),
);
defineOp('aten::to.prim_other(Tensor(a) self, bool non_blocking=False, bool copy=False) -> Tensor(b|a)', (a) =>
  toDtype(A.tensor(a[0]), null, A.bool(a[2])),
);
defineOp('aten::type_as(Tensor self, Tensor other) -> Tensor', (a) => toDtype(A.tensor(a[0]), A.tensor(a[1]).dtype, false));

/** Tensor -> Python number conversions (int(t), float(t), bool(t), t.item()). */
function scalarOf(t: Tensor, what: string): number {
  if (t.numel !== 1) {
    throw new TorchError(what === 'bool' ? 'RuntimeError' : 'ValueError', `only one element tensors can be converted to Python scalars`);
  }
  return t.item();
}
defineOp('aten::Int.Tensor(Tensor a) -> int', (a) => BigInt(Math.trunc(scalarOf(A.tensor(a[0]), 'int'))));
// A 0-dim tensor passed where TorchScript wants a number (checkImplicitTensorToNum).
function implicitScalar(t: Tensor, toInt: boolean): number {
  if (t.shape.length !== 0) throw new TorchError('RuntimeError', 'Cannot input a tensor of dimension other than 0 as a scalar argument');
  if (toInt && (isFloating(t.dtype) || t.dtype === 'bool')) {
    throw new TorchError('RuntimeError', `Cannot input a tensor of type ${t.dtype} as an integral argument`);
  }
  return t.item();
}
defineOp('aten::IntImplicit(Tensor a) -> int', (a) => BigInt(Math.trunc(implicitScalar(A.tensor(a[0]), true))));
defineOp('aten::FloatImplicit(Tensor a) -> float', (a) => implicitScalar(A.tensor(a[0]), false));
defineOp('aten::Float.Tensor(Tensor a) -> float', (a) => scalarOf(A.tensor(a[0]), 'float'));
defineOp('aten::Bool.Tensor(Tensor a) -> bool', (a) => {
  const t = A.tensor(a[0]);
  if (t.numel !== 1) {
    throw new TorchError('RuntimeError', `Boolean value of Tensor with more than one value is ambiguous`);
  }
  return t.item() !== 0;
});
defineOp('aten::item(Tensor self) -> Scalar', (a) => {
  const t = A.tensor(a[0]);
  const v = t.item();
  return t.dtype === 'bool' ? v !== 0 : isFloating(t.dtype) ? v : BigInt(v);
});
defineOp('aten::ScalarImplicit(Tensor a) -> Scalar', (a) => {
  const t = A.tensor(a[0]);
  return isFloating(t.dtype) ? t.item() : BigInt(t.item());
});

