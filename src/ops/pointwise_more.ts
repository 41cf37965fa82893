// More binary and ternary elementwise operators: shifts, lerp, addcmul/addcdiv, hypot, logaddexp,
// fmax/fmin, copysign, xlogy, heaviside.
import type { IValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import type { DType } from '../runtime/dtype';
import { isFloating } from '../runtime/dtype';
import { TorchError } from '../runtime/errors';
import * as A from './args';
import type { Arg, BinarySpec } from './elementwise';
import { binaryOp, toFloat } from './elementwise';
import { defineWithInplace } from './pointwise';
import { where } from './indexing';
import { defineOp } from './registry';

const argOf = (v: IValue): Arg => (v instanceof Tensor ? v : A.scalar(v));

function intOnly(kernel: string): (d: DType) => void {
  return (d) => {
    if (isFloating(d)) throw new TorchError('RuntimeError', `"${kernel}_cpu" not implemented for '${d === 'float64' ? 'Double' : 'Float'}'`);
  };
}

// Shifts work on the two's complement 64-bit value; a shift by the width or more gives 0 (or -1).
const lshift: BinarySpec = {
  check: intOnly('lshift'),
  host: (a, b) => (b < 0 || b >= 64 ? 0 : Number(BigInt.asIntN(64, BigInt(a) << BigInt(b)))),
};
const rshift: BinarySpec = {
  check: intOnly('rshift'),
  host: (a, b) => (b < 0 || b >= 64 ? (a < 0 ? -1 : 0) : Number(BigInt(a) >> BigInt(b))),
};
for (const [names, spec] of [[['__lshift__', 'bitwise_left_shift'], lshift], [['__rshift__', 'bitwise_right_shift'], rshift]] as const) {
  const kernel = (args: IValue[]): Tensor => binaryOp(argOf(args[0]), argOf(args[1]), spec);
  defineWithInplace(`aten::${names[0]}.Tensor(Tensor self, Tensor other) -> Tensor`, kernel, false);
  defineWithInplace(`aten::${names[0]}.Scalar(Tensor self, Scalar other) -> Tensor`, kernel, false);
  defineWithInplace(`aten::${names[1]}.Tensor(Tensor self, Tensor other) -> Tensor`, kernel, false);
  defineWithInplace(`aten::${names[1]}.Tensor_Scalar(Tensor self, Scalar other) -> Tensor`, kernel, false);
  defineOp(`aten::${names[1]}.Scalar_Tensor(Scalar self, Tensor other) -> Tensor`, kernel);
}

const mul: BinarySpec = { host: (x, y) => x * y };
const add: BinarySpec = { host: (x, y) => x + y };
const div: BinarySpec = { compute: toFloat, host: (x, y) => x / y };

/** lerp as PyTorch computes it: from the nearer end, so weight 1 gives `end` exactly. */
function lerp(self: Tensor, end: Tensor, weight: Arg): Tensor {
  const diff = binaryOp(end, self, { host: (e, s) => e - s });
  const low = binaryOp(self, binaryOp(weight, diff, mul), add);
  const high = binaryOp(end, binaryOp(binaryOp(A.scalar(1n), weight, { host: (one, w) => one - w }), diff, mul), { host: (e, x) => e - x });
  const near = binaryOp(weight, A.scalar(0.5), { out: () => 'bool', host: (w, h) => (Math.abs(w) < h ? 1 : 0) });
  return where(near, low, high);
}
defineWithInplace('aten::lerp.Scalar(Tensor self, Tensor end, Scalar weight) -> Tensor', (a) => lerp(A.tensor(a[0]), A.tensor(a[1]), A.scalar(a[2])));
defineWithInplace('aten::lerp.Tensor(Tensor self, Tensor end, Tensor weight) -> Tensor', (a) => lerp(A.tensor(a[0]), A.tensor(a[1]), A.tensor(a[2])));

// PyTorch's float32 kernels compute self + value * t1 * t2 as fma(value * t1, t2, self) and
// self + value * t1 / t2 left to right; same-shaped float32 operands round the same here.
function float32Ternary(a: IValue[], f: (self: number, t1: number, t2: number, value: number) => number): Tensor | null {
  const [self, t1, t2] = [A.tensor(a[0]), A.tensor(a[1]), A.tensor(a[2])];
  const same = [t1, t2].every((t) => t.dtype === 'float32' && t.shape.length === self.shape.length && t.shape.every((d, i) => d === self.shape[i]));
  if (self.dtype !== 'float32' || !same) return null;
  const value = Math.fround(Number(A.scalar(a[3]).value));
  const [sv, v1, v2] = [self.contiguous().values(), t1.contiguous().values(), t2.contiguous().values()];
  const out = new Float32Array(sv.length);
  for (let i = 0; i < out.length; i++) out[i] = f(sv[i]!, v1[i]!, v2[i]!, value);
  return Tensor.fromArray('float32', self.shape, out);
}

defineWithInplace('aten::addcmul(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor', (a) =>
  float32Ternary(a, (s, x, y, v) => s + Math.fround(v * x) * y) ??
  binaryOp(A.tensor(a[0]), binaryOp(A.scalar(a[3]), binaryOp(A.tensor(a[1]), A.tensor(a[2]), mul), mul), add),
);
defineWithInplace('aten::addcdiv(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor', (a) => {
  const [t1, t2] = [A.tensor(a[1]), A.tensor(a[2])];
  if (!isFloating(t1.dtype) && !isFloating(t2.dtype)) {
    throw new TorchError('RuntimeError', 'Integer division with addcdiv is no longer supported, and in a future release addcdiv will perform a true division of tensor1 and tensor2. The historic addcdiv behavior can be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) for integer inputs and as (input + value * tensor1 / tensor2) for float inputs. The future addcdiv behavior is just the latter implementation: (input + value * tensor1 / tensor2), for all dtypes.');
  }
  const exact = float32Ternary(a, (s, x, y, v) => s + Math.fround(Math.fround(v * x) / y));
  return exact ?? binaryOp(A.tensor(a[0]), binaryOp(A.scalar(a[3]), binaryOp(t1, t2, div), mul), add);
});

const floatBinary: [string, (x: number, y: number) => number][] = [
  ['hypot', Math.hypot],
  ['logaddexp', (x, y) => (x === y && !Number.isFinite(x) ? x : Math.max(x, y) + Math.log1p(Math.exp(-Math.abs(x - y))))],
];
for (const [name, host] of floatBinary) {
  defineWithInplace(`aten::${name}(Tensor self, Tensor other) -> Tensor`, (a) => binaryOp(A.tensor(a[0]), A.tensor(a[1]), { compute: toFloat, host }), name === 'hypot');
}

// fmax/fmin ignore a NaN operand (NaN only when both are).
defineOp('aten::fmax(Tensor self, Tensor other) -> Tensor', (a) =>
  binaryOp(A.tensor(a[0]), A.tensor(a[1]), { host: (x, y) => (x !== x ? y : y !== y ? x : Math.max(x, y)) }),
);
defineOp('aten::fmin(Tensor self, Tensor other) -> Tensor', (a) =>
  binaryOp(A.tensor(a[0]), A.tensor(a[1]), { host: (x, y) => (x !== x ? y : y !== y ? x : Math.min(x, y)) }),
);

const copysign: BinarySpec = { compute: toFloat, host: (x, y) => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x)) };
defineWithInplace('aten::copysign.Tensor(Tensor self, Tensor other) -> Tensor', (a) => binaryOp(A.tensor(a[0]), A.tensor(a[1]), copysign));
defineWithInplace('aten::copysign.Scalar(Tensor self, Scalar other) -> Tensor', (a) => binaryOp(A.tensor(a[0]), A.scalar(a[1]), copysign));

const xlogy: BinarySpec = { compute: toFloat, host: (x, y) => (y !== y ? NaN : x === 0 ? 0 : x * Math.log(y)) };
defineWithInplace('aten::xlogy.Tensor(Tensor self, Tensor other) -> Tensor', (a) => binaryOp(A.tensor(a[0]), A.tensor(a[1]), xlogy));
defineWithInplace('aten::xlogy.Scalar_Other(Tensor self, Scalar other) -> Tensor', (a) => binaryOp(A.tensor(a[0]), A.scalar(a[1]), xlogy));
defineOp('aten::xlogy.Scalar_Self(Scalar self, Tensor other) -> Tensor', (a) => binaryOp(A.scalar(a[0]), A.tensor(a[1]), xlogy));

defineWithInplace('aten::heaviside(Tensor self, Tensor values) -> Tensor', (a) =>
  binaryOp(A.tensor(a[0]), A.tensor(a[1]), { host: (x, v) => (x === 0 ? v : x !== x ? x : x > 0 ? 1 : 0) }),
);

// float_power computes in double: the result is float64 whatever the inputs.
const floatPower: BinarySpec = { compute: () => 'float64', host: (x, y) => x ** y };
defineOp('aten::float_power.Tensor_Tensor(Tensor self, Tensor exponent) -> Tensor', (a) => binaryOp(A.tensor(a[0]), A.tensor(a[1]), floatPower));
defineOp('aten::float_power.Tensor_Scalar(Tensor self, Scalar exponent) -> Tensor', (a) => binaryOp(A.tensor(a[0]), A.scalar(a[1]), floatPower));
defineOp('aten::float_power.Scalar(Scalar self, Tensor exponent) -> Tensor', (a) => binaryOp(A.scalar(a[0]), A.tensor(a[1]), floatPower));
