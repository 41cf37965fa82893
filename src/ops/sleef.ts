// Float32 math as PyTorch 1.13's CPU kernels compute it: its vectorised exp is SLEEF's
// Sleef_expf8_u10 (AVX2, fused multiply-adds), which is not always correctly rounded, so
// Math.fround(Math.exp(x)) differs from it in about 8% of inputs.
import { fmaf } from '../runtime/random/fma';

const f = Math.fround;
const R_LN2F = f(1 / Math.LN2);
const L2UF = f(0.693145751953125);
const L2LF = f(1.428606765330187045e-6);
const EXP_COEFFS = [
  0.000198527617612853646278381, 0.00139304355252534151077271, 0.00833336077630519866943359, 0.0416664853692054748535156,
  0.166666671633720397949219, 0.5,
].map(f);

/** rint in the default rounding mode (half to even), as vcvtps2dq rounds. */
function rintEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** SLEEF's expf_u10 for one lane: range reduction by ln 2, a degree-6 polynomial, ldexp in two steps. */
export function expf(d: number): number {
  if (d !== d) return NaN;
  if (d < -104) return 0;
  if (d > 100) return Infinity;
  const q = rintEven(f(d * R_LN2F));
  let s = fmaf(q, -L2UF, d);
  s = fmaf(q, -L2LF, s);
  let u = EXP_COEFFS[0];
  for (let i = 1; i < EXP_COEFFS.length; i++) u = fmaf(u, s, EXP_COEFFS[i]);
  u = f(1 + fmaf(f(s * s), u, s));
  const half = q >> 1;
  return f(f(u * 2 ** half) * 2 ** (q - half));
}
