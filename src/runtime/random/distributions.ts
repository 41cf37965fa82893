/**
 * The sampling kernels of PyTorch 1.13's CPU backend on an AVX2 machine
 * (`ATen/native/cpu/DistributionTemplates.h`, `ATen/core/DistributionsHelper.h`),
 * working on flat row-major buffers. Each function consumes generator draws in
 * exactly the order the C++ kernel does, so sequences of calls stay in step.
 */
import { logAvx, sincosAvx } from './avxMath';
import { fma, fmaf } from './fma';
import { defaultGenerator, type Generator } from './generator';

/** Floating dtypes the sampling kernels write. */
export type FloatDType = 'float32' | 'float64';

const TWO_POW_M24 = 2 ** -24;
const TWO_POW_M53 = 2 ** -53;
const TWO_PI_F32 = Math.fround(2 * Math.PI);

/** Number of elements of a shape. */
export function numelOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) throw new RangeError(`invalid size ${d} in shape [${shape.join(', ')}]`);
    n *= d;
  }
  return n;
}

function allocate(dtype: FloatDType, n: number): Float32Array | Float64Array {
  return dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
}

/** One `uniform_real_distribution<float>(from, to)` draw: 24 bits of `random()`. */
export function uniformFloat(gen: Generator, from: number, to: number): number {
  const x = (gen.random() & 0xffffff) * TWO_POW_M24;
  return fmaf(x, Math.fround(to - from), from);
}

/** One `uniform_real_distribution<double>(from, to)` draw: 53 bits of `random64()`. */
export function uniformDouble(gen: Generator, from: number, to: number): number {
  const x = gen.random53() * TWO_POW_M53;
  const range = to - from;
  return range === 1 && from === 0 ? x : fma(x, range, from);
}

/**
 * `tensor.uniform_(from, to)` into `out` (float32 or float64). `from` and `to`
 * are first cast to the dtype, as the kernel does.
 */
export function uniformFill(out: Float32Array | Float64Array, from: number, to: number, gen: Generator = defaultGenerator()): void {
  if (out instanceof Float32Array) {
    const a = Math.fround(from);
    const b = Math.fround(to);
    checkUniformRange(a, b, 3.4028234663852886e38);
    for (let i = 0; i < out.length; i++) out[i] = uniformFloat(gen, a, b);
  } else {
    checkUniformRange(from, to, Number.MAX_VALUE);
    for (let i = 0; i < out.length; i++) out[i] = uniformDouble(gen, from, to);
  }
}

function checkUniformRange(from: number, to: number, max: number): void {
  if (!(from <= to)) {
    throw new RangeError(`uniform_ expects to return a [from, to) range, but found from=${from} > to=${to}`);
  }
  if (to - from > max) throw new RangeError('uniform_ expects to-from <= std::numeric_limits<>::max()');
}

/** `torch.rand(shape, dtype)`. */
export function rand(shape: readonly number[], dtype: FloatDType = 'float32', gen: Generator = defaultGenerator()): Float32Array | Float64Array {
  const out = allocate(dtype, numelOf(shape));
  uniformFill(out, 0, 1, gen);
  return out;
}

/**
 * One `normal_distribution<double>` draw: Box-Muller on two doubles, the sine
 * half cached in the generator for the next call.
 */
export function normalScalar(gen: Generator, mean: number, std: number): number {
  const cached = gen.nextDoubleNormal;
  if (cached !== null) {
    gen.nextDoubleNormal = null;
    return fma(cached, std, mean);
  }
  const u1 = uniformDouble(gen, 0, 1);
  const u2 = uniformDouble(gen, 0, 1);
  const r = Math.sqrt(-2 * Math.log(1 - u2));
  const theta = 2 * Math.PI * u1;
  gen.nextDoubleNormal = r * Math.sin(theta);
  return fma(r * Math.cos(theta), std, mean);
}

/**
 * `tensor.normal_(mean, std)` on a contiguous tensor. Note [Normal paths]:
 * with at least 16 elements the kernel fills uniforms first and transforms
 * them 16 at a time (AVX2 code for float32, scalar libm code for float64),
 * redrawing the last 16 when the size is not a multiple of 16; smaller
 * tensors use the scalar Box-Muller with its cached second value.
 */
export function normalFill(out: Float32Array | Float64Array, mean = 0, std = 1, gen: Generator = defaultGenerator()): void {
  if (!(std >= 0)) throw new RangeError(`normal expects std >= 0.0, but found std ${std}`);
  const n = out.length;
  if (n < 16) {
    for (let i = 0; i < n; i++) out[i] = normalScalar(gen, mean, std);
    return;
  }
  const isFloat = out instanceof Float32Array;
  const m = isFloat ? Math.fround(mean) : mean;
  const s = isFloat ? Math.fround(std) : std;
  const block = isFloat ? normal16Float : normal16Double;
  const draw = isFloat ? () => uniformFloat(gen, 0, 1) : () => uniformDouble(gen, 0, 1);
  for (let i = 0; i < n; i++) out[i] = draw();
  for (let i = 0; i + 16 <= n; i += 16) block(out, i, m, s);
  if (n % 16 !== 0) {
    const start = n - 16;
    for (let i = 0; i < 16; i++) out[start + i] = draw();
    block(out, start, m, s);
  }
}

function normal16Float(data: Float32Array | Float64Array, at: number, mean: number, std: number): void {
  const f = Math.fround;
  for (let j = 0; j < 8; j++) {
    const u1 = f(1 - data[at + j]!);
    const u2 = data[at + j + 8]!;
    const radius = f(Math.sqrt(f(-2 * logAvx(u1))));
    const [sin, cos] = sincosAvx(f(TWO_PI_F32 * u2));
    data[at + j] = fmaf(f(radius * cos), std, mean);
    data[at + j + 8] = fmaf(f(radius * sin), std, mean);
  }
}

function normal16Double(data: Float32Array | Float64Array, at: number, mean: number, std: number): void {
  for (let j = 0; j < 8; j++) {
    const u1 = 1 - data[at + j]!;
    const u2 = data[at + j + 8]!;
    const radius = Math.sqrt(-2 * Math.log(u1));
    // `2.0f * pi<double> * u2`: the float constant is widened, the product is double.
    const theta = 2 * Math.PI * u2;
    data[at + j] = fma(radius * Math.cos(theta), std, mean);
    data[at + j + 8] = fma(radius * Math.sin(theta), std, mean);
  }
}

/** `torch.randn(shape, dtype)`. */
export function randn(shape: readonly number[], dtype: FloatDType = 'float32', gen: Generator = defaultGenerator()): Float32Array | Float64Array {
  const out = allocate(dtype, numelOf(shape));
  normalFill(out, 0, 1, gen);
  return out;
}
