/**
 * Note [pow as libm computes it]: CPython's float `**`, `math.pow` and TorchScript's scalar
 * `aten::pow` call C's pow(), which glibc rounds correctly in practice; V8's `**` can be one
 * ulp off (`0.95 ** 10` is 0.5987369392383786 in JS, 0.5987369392383787 in Python). For an
 * integer exponent the power is computed by squaring in double-double arithmetic (about 100
 * bits, Dekker's exact products) and rounded once, which gives the correctly rounded result.
 * Other exponents keep V8's `**`.
 */

const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitter for doubles

/** a * b as an unevaluated sum hi + lo, exactly (while no part overflows). */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}

type DD = [number, number];

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProduct(a[0], b[0]);
  const lo = e + (a[0] * b[1] + a[1] * b[0]);
  const hi = p + lo;
  return [hi, lo - (hi - p)];
}

/** Largest integer exponent computed in double-double; beyond it V8's `**` is used. */
const MAX_EXPONENT = 1 << 20;

export function libmPow(x: number, y: number): number {
  const fallback = x ** y;
  if (!Number.isInteger(y) || Math.abs(y) > MAX_EXPONENT || !Number.isFinite(x) || x === 0 || !Number.isFinite(fallback) || fallback === 0) return fallback;
  // Far from overflow and underflow only: the splitting and the products must stay exact.
  if (Math.abs(Math.log2(Math.abs(fallback))) > 900 || Math.abs(x) > 2 ** 500 || Math.abs(x) < 2 ** -500) return fallback;
  let n = Math.abs(y);
  let base: DD = [x, 0];
  let r: DD = [1, 0];
  while (n > 0) {
    if (n % 2 === 1) r = mul(r, base);
    n = Math.floor(n / 2);
    if (n > 0) base = mul(base, base);
  }
  if (y >= 0) return r[0] + r[1];
  // 1 / (hi + lo), with one correction step.
  const q = 1 / r[0];
  const [p, e] = twoProduct(r[0], q);
  const rem = 1 - p - e - r[1] * q;
  return q + rem * q;
}
