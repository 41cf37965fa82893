/**
 * Integer sampling of PyTorch 1.13's CPU backend: `random_(from, to)` (what
 * `torch.randint` calls) and `randperm`'s in-place Fisher-Yates shuffle.
 */
import { numelOf } from './distributions';
import { defaultGenerator, type Generator } from './generator';

/** Dtypes `randint` can produce. */
export type RandintDType = 'int64' | 'int32' | 'int16' | 'int8' | 'uint8' | 'bool' | 'float32' | 'float64' | 'float16';

const TWO_POW_32 = 2 ** 32;

/**
 * One `uniform_int_from_to_distribution` draw in [low, low + range): a 32-bit
 * draw unless the range needs 64 bits and the dtype is int64, float or double.
 */
export function randomFromTo(gen: Generator, low: number, range: number, dtype: RandintDType = 'int64'): number {
  const wide = dtype === 'int64' || dtype === 'float32' || dtype === 'float64';
  if (wide && range >= TWO_POW_32) {
    const v = gen.random64() % BigInt(range);
    return Number(v + BigInt(low));
  }
  return (gen.random() % range) + low;
}

/**
 * `torch.randint(low, high, shape, dtype=...)`; values are already cast to
 * the dtype (float32 rounding, bool as 0/1 stays numeric).
 */
export function randint(
  low: number,
  high: number,
  shape: readonly number[],
  dtype: RandintDType = 'int64',
  gen: Generator = defaultGenerator(),
): number[] {
  if (!Number.isInteger(low) || !Number.isInteger(high)) throw new TypeError('randint bounds must be integers');
  if (!(low < high)) {
    throw new RangeError(`random_ expects 'from' to be less than 'to', but got from=${low} >= to=${high}`);
  }
  const n = numelOf(shape);
  const range = high - low;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const v = randomFromTo(gen, low, range, dtype);
    out[i] = dtype === 'float32' ? Math.fround(v) : v;
  }
  return out;
}

/**
 * `torch.randperm(n)` on CPU: start from 0..n-1 and swap element i with a
 * uniformly drawn later one, `random() % (n - i)` for every practical n.
 */
export function randperm(n: number, gen: Generator = defaultGenerator()): number[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be non-negative, got${n}`);
  const out = Array.from({ length: n }, (_, i) => i);
  const small = n < Math.floor(0xffffffff / 20);
  for (let i = 0; i < n - 1; i++) {
    const z = small ? gen.random() % (n - i) : Number(gen.random64() % BigInt(n - i));
    const t = out[i]!;
    out[i] = out[z + i]!;
    out[z + i] = t;
  }
  return out;
}
