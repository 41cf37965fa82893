/**
 * Python's float formatting, reproduced from the exact binary value:
 * `'{:.Nf}'`, `'{:.Ne}'` (round half to even on the exact value, unlike
 * `toFixed`) and `repr(float)` (shortest round-trip digits, Python's layout).
 */

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** |x| as `digits * 10^-scale` exactly (x finite). */
function exactDecimal(x: number): { digits: bigint; scale: number } {
  f64[0] = Math.abs(x);
  const bits = u64[0]!;
  const exp = Number(bits >> 52n);
  const frac = bits & 0xfffffffffffffn;
  const m = exp === 0 ? frac : frac | (1n << 52n);
  const e = exp === 0 ? -1074 : exp - 1075;
  if (e >= 0) return { digits: m << BigInt(e), scale: 0 };
  // m / 2^k == m * 5^k / 10^k
  return { digits: m * 5n ** BigInt(-e), scale: -e };
}

/** `n / 10^k` rounded half to even. */
function divRoundEven(n: bigint, k: number): bigint {
  if (k <= 0) return n * 10n ** BigInt(-k);
  const d = 10n ** BigInt(k);
  const q = n / d;
  const r2 = (n % d) * 2n;
  if (r2 > d || (r2 === d && (q & 1n) === 1n)) return q + 1n;
  return q;
}

function nonFinite(x: number): string | null {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return null;
}

function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

/** Python `'{:.{precision}f}'.format(x)`. */
export function formatFixed(x: number, precision: number): string {
  const special = nonFinite(x);
  if (special !== null) return special;
  const { digits, scale } = exactDecimal(x);
  const s = divRoundEven(digits, scale - precision).toString().padStart(precision + 1, '0');
  const body = precision > 0 ? `${s.slice(0, s.length - precision)}.${s.slice(s.length - precision)}` : s;
  return (isNegative(x) ? '-' : '') + body;
}

/** Python `'{:.{precision}e}'.format(x)`. */
export function formatExponent(x: number, precision: number): string {
  const special = nonFinite(x);
  if (special !== null) return special;
  const sign = isNegative(x) ? '-' : '';
  let mantissa: string;
  let exponent: number;
  if (x === 0) {
    mantissa = '0'.repeat(precision + 1);
    exponent = 0;
  } else {
    const { digits, scale } = exactDecimal(x);
    const len = digits.toString().length;
    exponent = len - 1 - scale;
    let q = divRoundEven(digits, len - (precision + 1));
    if (q.toString().length > precision + 1) {
      q /= 10n;
      exponent += 1;
    }
    mantissa = q.toString();
  }
  const head = precision > 0 ? `${mantissa[0]}.${mantissa.slice(1)}` : mantissa;
  return `${sign}${head}e${exponentSuffix(exponent)}`;
}

function exponentSuffix(e: number): string {
  return (e < 0 ? '-' : '+') + String(Math.abs(e)).padStart(2, '0');
}

/** Python `repr(x)` / `str(x)` for a float. */
export function pyFloatRepr(x: number): string {
  const special = nonFinite(x);
  if (special !== null) return special;
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // toExponential() without an argument gives the shortest round-trip digits.
  const [m, e] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = m.replace('.', '');
  const exp = Number(e);
  const decpt = exp + 1;
  const sign = x < 0 ? '-' : '';
  if (decpt <= -4 || decpt > 16) {
    const head = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${head}e${exponentSuffix(exp)}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}
