/**
 * Fused multiply-add with a single rounding, for float32 and float64.
 * PyTorch's CPU kernels are built with `-mfma` and GCC contracts `a * b + c`,
 * so reproducing their bits needs the fused result, not two roundings.
 */

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const u32 = new Uint32Array(f64.buffer);
// Which half of the double holds the low word (little-endian on every platform we run on, checked anyway).
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HI = 1 - LO;

/** `fmaf(a, b, c)` for float32 inputs, rounded once to float32. */
export function fmaf(a: number, b: number, c: number): number {
  // The product of two float32 values is exact in a double.
  const p = a * b;
  const s = p + c;
  if (!Number.isFinite(s)) return Math.fround(s);
  const bp = s - c;
  const err = p - bp + (c - (s - bp));
  if (err === 0) return Math.fround(s);
  // Note [Round to odd]: forcing the last bit of the double sum to be odd when
  // it is inexact makes the final rounding to float32 correct (53 >= 24 + 2).
  // The 64-bit increment or decrement is done on the two 32-bit halves (no BigInt on this hot path).
  f64[0] = s;
  const lo = u32[LO]!;
  if ((lo & 1) === 0) {
    if ((err > 0) === (s > 0)) u32[LO] = lo + 1;
    else if (lo !== 0) u32[LO] = lo - 1;
    else {
      u32[LO] = 0xffffffff;
      u32[HI] = u32[HI]! - 1;
    }
  }
  return Math.fround(f64[0]);
}

interface Exact {
  m: bigint;
  e: number;
}

function decompose(x: number): Exact {
  f64[0] = x;
  const bits = u64[0]!;
  const sign = bits >> 63n ? -1n : 1n;
  const exp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  if (exp === 0) return { m: sign * frac, e: -1074 };
  return { m: sign * (frac | (1n << 52n)), e: exp - 1075 };
}

/** `fma(a, b, c)` for doubles: exact `a * b + c` rounded once (ties to even). */
export function fma(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) return a * b + c;
  if (a === 0 || b === 0) return a * b + c;
  const pa = decompose(a);
  const pb = decompose(b);
  const pc = decompose(c);
  let m = pa.m * pb.m;
  let e = pa.e + pb.e;
  if (pc.m !== 0n) {
    if (pc.e >= e) {
      m += pc.m << BigInt(pc.e - e);
    } else {
      m = (m << BigInt(e - pc.e)) + pc.m;
      e = pc.e;
    }
  }
  if (m === 0n) return a * b + c;
  return roundToDouble(m, e);
}

/** Rounds the exact value `m * 2^e` to the nearest double, ties to even. */
function roundToDouble(m: bigint, e: number): number {
  const negative = m < 0n;
  let mag = negative ? -m : m;
  const len = mag.toString(2).length;
  // Keep 53 significant bits, fewer when the result is subnormal.
  let drop = len - 53;
  if (e + drop < -1074) drop = -1074 - e;
  if (drop > 0) {
    const shift = BigInt(drop);
    const rest = mag & ((1n << shift) - 1n);
    const half = 1n << (shift - 1n);
    mag >>= shift;
    if (rest > half || (rest === half && (mag & 1n) === 1n)) mag += 1n;
    e += drop;
  }
  const value = ldexp(Number(mag), e);
  return negative ? -value : value;
}

/** `x * 2^e` without spurious underflow or overflow of the power itself. */
function ldexp(x: number, e: number): number {
  let r = x;
  let k = e;
  while (k > 1000) {
    r *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    r *= 2 ** -1000;
    k += 1000;
  }
  return r * 2 ** k;
}
