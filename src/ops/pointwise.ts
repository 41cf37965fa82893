// Binary elementwise operators: arithmetic, comparison and logic on tensors and scalars.
import { tf } from '../runtime/tf';
import type { IValue } from '../runtime/ivalue';
import type { Tensor } from '../runtime/tensor';
import type { DType } from '../runtime/dtype';
import { isFloating } from '../runtime/dtype';
import { TorchError } from '../runtime/errors';
import * as A from './args';
import type { Arg, BinarySpec } from './elementwise';
import { assignInPlace, binaryOp, rejectBool, toBool, toFloat, unaryOp } from './elementwise';
import { defineOp } from './registry';

/** `aten::add.Tensor(Tensor self, ...) -> Tensor` => `aten::add_.Tensor(Tensor(a!) self, ...) -> Tensor(a!)`. */
export function inplaceSchema(schema: string): string {
  const [head, rest] = [schema.slice(0, schema.indexOf('(')), schema.slice(schema.indexOf('('))];
  const sep = head.indexOf('::');
  const dot = head.indexOf('.', sep);
  const name = dot < 0 ? `${head}_` : `${head.slice(0, dot)}_${head.slice(dot)}`;
  return name + rest.replace('(Tensor self', '(Tensor(a!) self').replace(/-> Tensor$/, '-> Tensor(a!)');
}

/** Registers `schema` and its in-place twin, both computing `fn(args)`. */
export function defineWithInplace(schema: string, fn: (args: IValue[]) => Tensor, inplace = true): void {
  defineOp(schema, fn);
  if (inplace) defineOp(inplaceSchema(schema), (args) => assignInPlace(A.tensor(args[0]), fn(args)));
}

const argOf = (v: IValue): Arg => (typeof v === 'object' && v !== null && !Array.isArray(v) && 'storage' in v ? A.tensor(v) : A.scalar(v));

/** Registers the `.Tensor` and `.Scalar` overloads (and in-place twins) of a binary op. */
function binaryFamily(name: string, spec: BinarySpec, opts: { alpha?: boolean; inplace?: boolean; scalar?: boolean } = {}): void {
  const alpha = opts.alpha === true;
  const kernel = (args: IValue[]): Tensor => {
    let other = argOf(args[1]);
    const self = argOf(args[0]);
    if (alpha && args[2] !== undefined) {
      const a = A.scalar(args[2]);
      // PyTorch's float32 add/sub is one fused multiply-add (other * alpha + self, alpha as a
      // float32): computed in float64 and rounded once, it gives the same bits.
      const float32 = [self, other].every((x) => !('storage' in x) || x.dtype === 'float32') && 'storage' in self;
      if (a.value !== 1 && float32) {
        const af = Math.fround(Number(a.value));
        return binaryOp(self, other, { ...spec, device: undefined, host: (x, y) => spec.host(x, af * y) });
      }
      if (a.value !== 1) other = scaleArg(other, a);
    }
    return binaryOp(self, other, spec);
  };
  const tail = alpha ? ', *, Scalar alpha=1' : '';
  defineWithInplace(`aten::${name}.Tensor(Tensor self, Tensor other${tail}) -> Tensor`, kernel, opts.inplace !== false);
  if (opts.scalar !== false) {
    const stail = alpha ? ', Scalar alpha=1' : '';
    defineWithInplace(`aten::${name}.Scalar(Tensor self, Scalar other${stail}) -> Tensor`, kernel, opts.inplace !== false);
  }
}

function scaleArg(other: Arg, alpha: A.ScalarArg): Arg {
  return binaryOp(other, alpha, { host: (x, y) => x * y, device: (x, y) => tf.mul(x, y) });
}

function floorDivHost(a: number, b: number): number {
  return Math.floor(a / b);
}

function checkIntDivisor(d: DType, b: number): void {
  if (!isFloating(d) && b === 0) throw new TorchError('RuntimeError', 'ZeroDivisionError');
}

/** Python's modulo: the result takes the divisor's sign. */
export function pyMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

binaryFamily('add', { host: (a, b) => a + b, device: tf.add }, { alpha: true });
binaryFamily(
  'sub',
  {
    host: (a, b) => a - b,
    device: tf.sub,
    check: (d) => {
      if (d === 'bool') {
        throw new TorchError(
          'RuntimeError',
          'Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.',
        );
      }
    },
  },
  { alpha: true },
);
binaryFamily('mul', { host: (a, b) => a * b, device: tf.mul, out: (d) => d });
defineOp('aten::rsub.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor', (args) =>
  binaryOp(argOf(args[1]), scaleArg(argOf(args[0]), A.scalar(args[2])), { host: (a, b) => a - b, device: tf.sub }),
);
defineOp('aten::rsub.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor', (args) =>
  binaryOp(argOf(args[1]), scaleArg(argOf(args[0]), A.scalar(args[2])), { host: (a, b) => a - b, device: tf.sub }),
);

const trueDiv: BinarySpec = { compute: toFloat, host: (a, b) => a / b, device: tf.div };

function divMode(a: Arg, b: Arg, mode: string | null): Tensor {
  if (mode === null) return binaryOp(a, b, trueDiv);
  const round = mode === 'floor' ? Math.floor : mode === 'trunc' ? Math.trunc : null;
  if (round === null) {
    throw new TorchError('RuntimeError', `div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '${mode}'`);
  }
  return binaryOp(a, b, {
    compute: (d) => (d === 'bool' ? 'int64' : d),
    host: (x, y) => round(x / y),
    check: () => undefined,
  });
}

const divKernel = (args: IValue[]): Tensor => divMode(argOf(args[0]), argOf(args[1]), args.length > 2 ? A.optStr(args[2]) : null);
for (const s of [
  'aten::div.Tensor(Tensor self, Tensor other) -> Tensor',
  'aten::div.Scalar(Tensor self, Scalar other) -> Tensor',
  'aten::div.Tensor_mode(Tensor self, Tensor other, *, str? rounding_mode) -> Tensor',
  'aten::div.Scalar_mode(Tensor self, Scalar other, *, str? rounding_mode) -> Tensor',
]) {
  defineWithInplace(s, divKernel);
}
defineOp('aten::true_divide.Tensor(Tensor self, Tensor other) -> Tensor', divKernel);
defineOp('aten::true_divide.Scalar(Tensor self, Scalar other) -> Tensor', divKernel);

function integerSafe(op: (a: number, b: number) => number): BinarySpec {
  let dtype: DType = 'float32';
  return {
    compute: (d) => (d === 'bool' ? 'int64' : d),
    check: (d) => {
      dtype = d;
    },
    host: (a, b) => {
      checkIntDivisor(dtype, b);
      return op(a, b);
    },
  };
}

const floorDivide = integerSafe(floorDivHost);
defineOp('aten::floor_divide(Tensor self, Tensor other) -> Tensor', (args) => binaryOp(argOf(args[0]), argOf(args[1]), floorDivide));
defineOp('aten::floor_divide_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)', (args) =>
  assignInPlace(A.tensor(args[0]), binaryOp(argOf(args[0]), argOf(args[1]), floorDivide)),
);
defineWithInplace('aten::floor_divide.Scalar(Tensor self, Scalar other) -> Tensor', (args) =>
  binaryOp(argOf(args[0]), argOf(args[1]), floorDivide),
);
binaryFamily('remainder', integerSafe(pyMod), { inplace: false });
binaryFamily('fmod', integerSafe((a, b) => a % b), { inplace: false });

function powHost(a: number, b: number): number {
  return a ** b;
}
const powSpec: BinarySpec = {
  host: powHost,
  device: tf.pow,
  check: rejectBool('pow'),
};
defineWithInplace('aten::pow.Tensor_Tensor(Tensor self, Tensor exponent) -> Tensor', (args) => binaryOp(argOf(args[0]), argOf(args[1]), powSpec), false);
// pow_tensor_scalar_optimized_kernel spells these float32 powers out (x * x * x, 1 / (x * x)), so
// they round like PyTorch's, not like one correctly rounded pow.
const FLOAT32_POWERS = new Map<number, (x: number) => number>([
  [2, (x) => x * x],
  [3, (x) => Math.fround(x * x) * x],
  [-1, (x) => 1 / x],
  [-2, (x) => 1 / Math.fround(x * x)],
  [0.5, Math.sqrt],
  [-0.5, (x) => 1 / Math.fround(Math.sqrt(x))],
]);

defineWithInplace('aten::pow.Tensor_Scalar(Tensor self, Scalar exponent) -> Tensor', (args) => {
  const [base, exp] = [A.tensor(args[0]), A.scalar(args[1])];
  if (!isFloating(base.dtype) && base.dtype !== 'bool' && !isFloating(exp.operand.dtype) && exp.value < 0) {
    throw new TorchError('RuntimeError', 'Integers to negative integer powers are not allowed.');
  }
  const special = base.dtype === 'float32' ? FLOAT32_POWERS.get(Number(exp.value)) : undefined;
  if (special !== undefined) return unaryOp(base, { host: special });
  return binaryOp(base, exp, powSpec);
}, false);
defineOp('aten::pow_.Scalar(Tensor(a!) self, Scalar exponent) -> Tensor(a!)', (args) =>
  assignInPlace(A.tensor(args[0]), binaryOp(argOf(args[0]), argOf(args[1]), powSpec)),
);
defineOp('aten::pow_.Tensor(Tensor(a!) self, Tensor exponent) -> Tensor(a!)', (args) =>
  assignInPlace(A.tensor(args[0]), binaryOp(argOf(args[0]), argOf(args[1]), powSpec)),
);
defineOp('aten::pow.Scalar(Scalar self, Tensor exponent) -> Tensor', (args) => binaryOp(argOf(args[0]), argOf(args[1]), powSpec));
defineOp('aten::atan2(Tensor self, Tensor other) -> Tensor', (args) =>
  binaryOp(argOf(args[0]), argOf(args[1]), { compute: toFloat, host: Math.atan2, device: tf.atan2 }),
);

const nanMax = (a: number, b: number): number => (a !== a || b !== b ? NaN : Math.max(a, b));
const nanMin = (a: number, b: number): number => (a !== a || b !== b ? NaN : Math.min(a, b));
defineOp('aten::maximum(Tensor self, Tensor other) -> Tensor', (args) => binaryOp(argOf(args[0]), argOf(args[1]), { host: nanMax }));
defineOp('aten::minimum(Tensor self, Tensor other) -> Tensor', (args) => binaryOp(argOf(args[0]), argOf(args[1]), { host: nanMin }));
defineOp('aten::max.other(Tensor self, Tensor other) -> Tensor', (args) => binaryOp(argOf(args[0]), argOf(args[1]), { host: nanMax }));
defineOp('aten::min.other(Tensor self, Tensor other) -> Tensor', (args) => binaryOp(argOf(args[0]), argOf(args[1]), { host: nanMin }));

const comparisons: [string, (a: number, b: number) => boolean, (a: tf.Tensor, b: tf.Tensor) => tf.Tensor][] = [
  ['eq', (a, b) => a === b, tf.equal],
  ['ne', (a, b) => a !== b, tf.notEqual],
  ['lt', (a, b) => a < b, tf.less],
  ['le', (a, b) => a <= b, tf.lessEqual],
  ['gt', (a, b) => a > b, tf.greater],
  ['ge', (a, b) => a >= b, tf.greaterEqual],
];
for (const [name, f, device] of comparisons) {
  binaryFamily(name, { out: toBool, host: (a, b) => (f(a, b) ? 1 : 0), device }, { inplace: false });
}

const logical: [string, (a: boolean, b: boolean) => boolean][] = [
  ['logical_and', (a, b) => a && b],
  ['logical_or', (a, b) => a || b],
  ['logical_xor', (a, b) => a !== b],
];
for (const [name, f] of logical) {
  defineOp(`aten::${name}(Tensor self, Tensor other) -> Tensor`, (args) =>
    binaryOp(argOf(args[0]), argOf(args[1]), { out: toBool, host: (a, b) => (f(a !== 0, b !== 0) ? 1 : 0) }),
  );
}

function bitwiseSpec(name: string, f: (a: number, b: number) => number): BinarySpec {
  return {
    check: (d) => {
      if (isFloating(d)) throw new TorchError('RuntimeError', `"${name}_cpu" not implemented for '${d === 'float64' ? 'Double' : 'Float'}'`);
    },
    host: f,
  };
}
const bitwise: [string, string, (a: number, b: number) => number][] = [
  ['bitwise_and', '__and__', (a, b) => Number(BigInt(a) & BigInt(b))],
  ['bitwise_or', '__or__', (a, b) => Number(BigInt(a) | BigInt(b))],
  ['bitwise_xor', '__xor__', (a, b) => Number(BigInt(a) ^ BigInt(b))],
];
for (const [name, dunder, f] of bitwise) {
  binaryFamily(name, bitwiseSpec(name, f), { inplace: false });
  binaryFamily(dunder, bitwiseSpec(name, f), { inplace: false });
}
