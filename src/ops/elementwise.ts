// The elementwise engine: promotion, broadcasting, and a host or tfjs kernel per op.
import { tf } from '../runtime/tf';
import { Tensor, expandTo } from '../runtime/tensor';
import type { DType, Operand } from '../runtime/dtype';
import { SCALAR_TYPE_NAME, isFloating, newHostArray, resultType, roundHalf } from '../runtime/dtype';
import { broadcastAll } from '../runtime/broadcast';
import { TorchError } from '../runtime/errors';
import { activeBackend, currentBackend } from '../runtime/backend';
import type { ScalarArg } from './args';
import { operandOf } from './args';

/** An elementwise operand: a tensor or a Python scalar. */
export type Arg = Tensor | ScalarArg;

// Note [Device policy]: float32 elementwise work runs on tfjs when the backend is a GPU one, or when
// an input only lives on the device (so no download is forced). Everything else runs on the host,
// where int64/float64 stay exact. `setPreferDevice` lets tests exercise both paths.
let preferDevice: boolean | null = null;

export function setPreferDevice(v: boolean | null): void {
  preferDevice = v;
}

export function devicePreferred(inputs: readonly Arg[]): boolean {
  if (preferDevice !== null) return preferDevice;
  currentBackend();
  if (activeBackend() !== 'cpu') return true;
  return inputs.some((a) => a instanceof Tensor && a.storage.hasDevice && !a.storage.hasHost);
}

/** Runs a tfjs computation on the chosen backend, freeing its temporaries. */
export function runTf(fn: () => tf.Tensor): tf.Tensor {
  currentBackend();
  return tf.tidy(fn);
}

// Note [One tfjs call]: tf.tidy costs about as much as a small kernel. When every input is a
// storage's own device tensor (Tensor.deviceView) and the op is one tfjs call, nothing temporary
// is created, so the tidy is skipped; a broadcast afterwards frees its intermediate itself.
function broadcastResult(r: tf.Tensor, shape: readonly number[]): tf.Tensor {
  if (r.shape.length === shape.length && r.shape.every((d, i) => d === shape[i])) return r;
  const b = tf.broadcastTo(r, [...shape]);
  r.dispose();
  return b;
}

export interface Spec {
  /** The dtype values are computed in, from the promoted dtype (default: the promoted dtype). */
  compute?: (promoted: DType) => DType;
  /** The result dtype, from the compute dtype (default: the compute dtype). */
  out?: (compute: DType) => DType;
  /** Rejects dtypes the op does not support (with PyTorch's message). */
  check?: (compute: DType) => void;
}

export interface BinarySpec extends Spec {
  host: (a: number, b: number) => number;
  device?: (a: tf.Tensor, b: tf.Tensor) => tf.Tensor;
}

export interface UnarySpec extends Spec {
  host: (a: number) => number;
  /** The float32 kernel when it rounds differently from fround(host(x)) (Note [Float32 math]). */
  host32?: (a: number) => number;
  device?: (a: tf.Tensor) => tf.Tensor;
}

const operand = (a: Arg): Operand => (a instanceof Tensor ? operandOf(a) : a.operand);

/** Integer ops computed in floating point: int inputs give the default float (true division, exp, ...). */
export const toFloat = (d: DType): DType => (isFloating(d) ? d : 'float32');
export const toBool = (): DType => 'bool';

function tfDtypeOk(compute: DType, out: DType): boolean {
  return compute === 'float32' && (out === 'float32' || out === 'bool');
}

function hostValues(a: Arg, shape: readonly number[], n: number, compute: DType): ArrayLike<number> {
  if (a instanceof Tensor) return expandTo(a, shape).values();
  const v = compute === 'float32' ? Math.fround(a.value) : a.value;
  return new Array<number>(n).fill(v);
}

function toTfArg(a: Arg): tf.Tensor {
  return a instanceof Tensor ? a.toTf('float32') : tf.scalar(a.value, 'float32');
}

/** PyTorch's error when a bool tensor meets arithmetic it forbids. */
export function rejectBool(op: string): (d: DType) => void {
  return (d) => {
    if (d === 'bool') throw new TorchError('RuntimeError', `"${op}" not implemented for 'Bool'`);
  };
}

export function binaryOp(a: Arg, b: Arg, spec: BinarySpec): Tensor {
  const promoted = resultType([operand(a), operand(b)]);
  const compute = spec.compute ? spec.compute(promoted) : promoted;
  spec.check?.(compute);
  const out = spec.out ? spec.out(compute) : compute;
  const shape = broadcastAll([a instanceof Tensor ? a.shape : [], b instanceof Tensor ? b.shape : []]);
  if (spec.device && tfDtypeOk(compute, out) && devicePreferred([a, b])) {
    const device = spec.device;
    // Scalars are null here: they become tf scalars disposed right after the call.
    const x = a instanceof Tensor ? a.deviceView() : null;
    const y = b instanceof Tensor ? b.deviceView() : null;
    if (x !== undefined && y !== undefined) {
      const xs = x ?? tf.scalar((a as ScalarArg).value, 'float32');
      const ys = y ?? tf.scalar((b as ScalarArg).value, 'float32');
      const r = broadcastResult(device(xs, ys), shape);
      if (x === null) xs.dispose();
      if (y === null) ys.dispose();
      return Tensor.fromTf(out, r);
    }
    return Tensor.fromTf(out, runTf(() => broadcastResult(device(toTfArg(a), toTfArg(b)), shape)));
  }
  const n = shape.reduce((x, y) => x * y, 1);
  const av = hostValues(a, shape, n, compute);
  const bv = hostValues(b, shape, n, compute);
  const res = newHostArray(out, n);
  const f = spec.host;
  if (out === 'bool') for (let i = 0; i < n; i++) res[i] = f(av[i], bv[i]) !== 0 ? 1 : 0;
  else if (out === 'float16') for (let i = 0; i < n; i++) res[i] = roundHalf(f(av[i], bv[i]));
  else if (out === 'int64') for (let i = 0; i < n; i++) res[i] = wrap64(f(av[i], bv[i]));
  else for (let i = 0; i < n; i++) res[i] = f(av[i], bv[i]);
  return Tensor.fromArray(out, shape, res);
}

export function unaryOp(a: Tensor, spec: UnarySpec): Tensor {
  const compute = spec.compute ? spec.compute(a.dtype) : a.dtype;
  spec.check?.(compute);
  const out = spec.out ? spec.out(compute) : compute;
  if (spec.device && tfDtypeOk(compute, out) && devicePreferred([a])) {
    const device = spec.device;
    const x = a.deviceView();
    return Tensor.fromTf(out, x !== undefined ? device(x) : runTf(() => device(a.toTf('float32'))));
  }
  const av = a.values();
  const n = av.length;
  const res = newHostArray(out, n);
  // Note [Float32 math]: PyTorch computes float32 math in float32 (SLEEF), not in double.
  const f = compute === 'float32' && spec.host32 ? spec.host32 : spec.host;
  if (out === 'bool') for (let i = 0; i < n; i++) res[i] = f(av[i]) !== 0 ? 1 : 0;
  else if (out === 'float16') for (let i = 0; i < n; i++) res[i] = roundHalf(f(av[i]));
  else for (let i = 0; i < n; i++) res[i] = f(av[i]);
  return Tensor.fromArray(out, a.shape, res);
}

const INT64_LIMIT = 2 ** 63;
/** int64 arithmetic wraps around (two's complement), as C++ does: 2**62 * 4 is 0. */
function wrap64(v: number): number {
  return v >= INT64_LIMIT || v < -INT64_LIMIT ? Number(BigInt.asIntN(64, BigInt(Math.trunc(v)))) : v;
}

/** Whether a value of dtype `from` may be written into `to` in place (torch.can_cast). */
export function canCast(from: DType, to: DType): boolean {
  if (isFloating(from) && !isFloating(to)) return false;
  if (from !== 'bool' && to === 'bool') return false;
  return true;
}

/** Writes an op's out-of-place result into `self` (the in-place variants: add_, relu_, ...). */
export function assignInPlace(self: Tensor, result: Tensor): Tensor {
  if (result.shape.length !== self.shape.length || result.shape.some((d, i) => d !== self.shape[i])) {
    throw new TorchError(
      'RuntimeError',
      `output with shape [${self.shape.join(', ')}] doesn't match the broadcast shape [${result.shape.join(', ')}]`,
    );
  }
  if (!canCast(result.dtype, self.dtype)) {
    throw new TorchError(
      'RuntimeError',
      `result type ${SCALAR_TYPE_NAME[result.dtype]} can't be cast to the desired output type ${SCALAR_TYPE_NAME[self.dtype]}`,
    );
  }
  self.copy_(result);
  return self;
}
