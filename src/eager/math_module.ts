// Python's math module.
import type { NativeFn, PyValue } from './objects';
import { libmPow } from '../ops/libm_pow';
import { PyBuiltin, PyModule } from './objects';
import { pyError } from './errors';
import { Tensor } from '../runtime/tensor';
import { tensorScalar } from './conversions';

function num(v: PyValue | undefined): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  // math functions take a one-element tensor through Tensor.__float__ (a traced size, `math.sqrt(E)`).
  if (v instanceof Tensor) return Number(tensorScalar(v, 'float'));
  throw pyError('TypeError', 'must be real number');
}

function domain(x: number): number {
  if (Number.isNaN(x)) throw pyError('ValueError', 'math domain error');
  return x;
}

function toIntegral(x: number): bigint {
  if (!Number.isFinite(x)) throw pyError(Number.isNaN(x) ? 'ValueError' : 'OverflowError', Number.isNaN(x) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
  return BigInt(x);
}

export function makeMathModule(): PyModule {
  const m = new PyModule('math');
  const unary = (f: (x: number) => number): NativeFn => ([x]) => domain(f(num(x)));
  const fns: Record<string, NativeFn> = {
    sqrt: ([x]) => {
      if (num(x) < 0) throw pyError('ValueError', 'math domain error');
      return Math.sqrt(num(x));
    },
    exp: unary(Math.exp),
    log: ([x, base]) => {
      if (num(x) <= 0) throw pyError('ValueError', 'math domain error');
      return base === undefined ? Math.log(num(x)) : Math.log(num(x)) / Math.log(num(base));
    },
    log2: unary(Math.log2),
    log10: unary(Math.log10),
    log1p: unary(Math.log1p),
    expm1: unary(Math.expm1),
    sin: unary(Math.sin),
    cos: unary(Math.cos),
    tan: unary(Math.tan),
    asin: unary(Math.asin),
    acos: unary(Math.acos),
    atan: unary(Math.atan),
    atan2: ([y, x]) => Math.atan2(num(y), num(x)),
    sinh: unary(Math.sinh),
    cosh: unary(Math.cosh),
    tanh: unary(Math.tanh),
    fabs: unary(Math.abs),
    hypot: (a) => Math.hypot(...a.map(num)),
    pow: ([x, y]) => libmPow(num(x), num(y)),
    floor: ([x]) => (typeof x === 'bigint' ? x : toIntegral(Math.floor(num(x)))),
    ceil: ([x]) => (typeof x === 'bigint' ? x : toIntegral(Math.ceil(num(x)))),
    trunc: ([x]) => (typeof x === 'bigint' ? x : toIntegral(Math.trunc(num(x)))),
    isnan: ([x]) => Number.isNaN(num(x)),
    isinf: ([x]) => Math.abs(num(x)) === Infinity,
    isfinite: ([x]) => Number.isFinite(num(x)),
    degrees: ([x]) => (num(x) * 180) / Math.PI,
    radians: ([x]) => (num(x) * Math.PI) / 180,
    copysign: ([x, y]) => Math.abs(num(x)) * (num(y) < 0 || Object.is(num(y), -0) ? -1 : 1),
    fmod: ([x, y]) => num(x) % num(y),
    gcd: (a) => {
      let g = 0n;
      for (const v of a) {
        let b = typeof v === 'bigint' ? (v < 0n ? -v : v) : 0n;
        let x = g;
        while (b) [x, b] = [b, x % b];
        g = x;
      }
      return g;
    },
    factorial: ([x]) => {
      if (typeof x !== 'bigint' || x < 0n) throw pyError('ValueError', 'factorial() not defined for negative values');
      let r = 1n;
      for (let i = 2n; i <= x; i++) r *= i;
      return r;
    },
    isclose: ([a, b], kw) => {
      const rel = num(kw.get('rel_tol') ?? 1e-9);
      const abs = num(kw.get('abs_tol') ?? 0);
      const x = num(a);
      const y = num(b);
      return x === y || Math.abs(x - y) <= Math.max(rel * Math.max(Math.abs(x), Math.abs(y)), abs);
    },
  };
  for (const [k, f] of Object.entries(fns)) m.dict.set(k, new PyBuiltin(k, f));
  m.dict.set('pi', Math.PI);
  m.dict.set('e', Math.E);
  m.dict.set('tau', 2 * Math.PI);
  m.dict.set('inf', Infinity);
  m.dict.set('nan', NaN);
  return m;
}
