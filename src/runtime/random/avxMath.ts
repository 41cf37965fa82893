/**
 * Float32 log and sincos as PyTorch's AVX2 `normal_fill_16_AVX2` computes them
 * (`ATen/native/cpu/avx_mathfun.h`, the Cephes polynomials of sse_mathfun).
 * Note [Contracted AVX math]: the kernels are compiled with `-mfma` and GCC
 * fuses each multiply whose only use is an add or subtract; the `fmaf` calls
 * below sit exactly where that fusion happens, the rest rounds per operation.
 */
import { fmaf } from './fma';

const f = Math.fround;
const f32 = new Float32Array(1);
const i32 = new Int32Array(f32.buffer);

const SQRTHF = f(0.7071067811865476);
const LOG_P = [
  7.0376836292e-2, -1.151461031e-1, 1.167699874e-1, -1.2420140846e-1, 1.4249322787e-1,
  -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1,
].map(f);
const LOG_Q1 = f(-2.1219444e-4);
const LOG_Q2 = f(0.693359375);
const MIN_NORM_POS = 1.1754943508222875e-38;

const MINUS_DP1 = f(-0.78515625);
const MINUS_DP2 = f(-2.4187564849853515625e-4);
const MINUS_DP3 = f(-3.774894977445941e-8);
const SINCOF = [-1.9515295891e-4, 8.3321608736e-3, -1.6666654611e-1].map(f);
const COSCOF = [2.443315711809948e-5, -1.388731625493765e-3, 4.166664568298827e-2].map(f);
const FOPI = f(1.27323954473516);

/** `log256_ps` for one lane. */
export function logAvx(input: number): number {
  if (Number.isNaN(input) || input <= 0) return NaN;
  f32[0] = Math.max(input, MIN_NORM_POS);
  const bits = i32[0]!;
  // Keep the mantissa, force the exponent of 0.5: x lands in [0.5, 1).
  i32[0] = (bits & ~0x7f800000) | 0x3f000000;
  let x = f32[0];
  let e = f((bits >>> 23) - 127 + 1);
  const below = x < SQRTHF;
  x = f(x - 1);
  if (below) {
    e = f(e - 1);
    x = f(x + f32[0]);
  }
  const z = f(x * x);
  let y = LOG_P[0]!;
  for (let k = 1; k < LOG_P.length; k++) y = fmaf(y, x, LOG_P[k]!);
  y = f(y * x);
  y = fmaf(y, z, f(e * LOG_Q1));
  y = fmaf(-z, 0.5, y);
  x = f(x + y);
  return fmaf(e, LOG_Q2, x);
}

/** `sincos256_ps` for one lane: [sin(x), cos(x)]. */
export function sincosAvx(input: number): [number, number] {
  const negative = input < 0 || Object.is(input, -0);
  let x = Math.abs(input);
  let j = Math.trunc(f(x * FOPI));
  j = ((j + 1) & ~1) >>> 0;
  const yj = f(j | 0);
  const flipSin = (j & 4) !== 0 !== negative;
  const flipCos = (~(j - 2) & 4) !== 0;
  const useSinPoly = (j & 2) === 0;
  x = fmaf(yj, MINUS_DP1, x);
  x = fmaf(yj, MINUS_DP2, x);
  x = fmaf(yj, MINUS_DP3, x);
  const z = f(x * x);

  let c = fmaf(COSCOF[0]!, z, COSCOF[1]!);
  c = fmaf(c, z, COSCOF[2]!);
  c = f(c * z);
  c = fmaf(c, z, -f(z * 0.5));
  c = f(c + 1);

  let s = fmaf(SINCOF[0]!, z, SINCOF[1]!);
  s = fmaf(s, z, SINCOF[2]!);
  s = f(s * z);
  s = fmaf(s, x, x);

  // Both polynomials are evaluated; the masks pick one for each output.
  const sinPart = useSinPoly ? s : 0;
  const cosPartOfSin = useSinPoly ? 0 : c;
  const sinValue = f(cosPartOfSin + sinPart);
  const cosValue = f(f(c - cosPartOfSin) + f(s - sinPart));
  return [flipSin ? -sinValue : sinValue, flipCos ? -cosValue : cosValue];
}
