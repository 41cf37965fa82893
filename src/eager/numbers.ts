// Python int/float arithmetic rules that JS does not share (floor division, modulo sign, pow).
import { libmPow } from '../ops/libm_pow';
import { pyError } from './errors';

export function numberOf(v: bigint | number | boolean): number {
  return typeof v === 'number' ? v : Number(v);
}

/** Python `a // b` on ints: rounds toward negative infinity. */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Python `a % b` on ints: the result has the sign of `b`. */
export function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** Python `a ** b`: int ** non-negative int stays an int; a negative exponent gives a float. */
export function powNumbers(a: bigint | number, b: bigint | number): bigint | number {
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    if (b >= 0n) return a ** b;
    if (a === 0n) throw pyError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return libmPow(Number(a), Number(b));
  }
  const x = Number(a);
  const y = Number(b);
  if (x === 0 && y < 0) throw pyError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  if (x < 0 && !Number.isInteger(y)) throw pyError('ValueError', 'complex results are not supported');
  return libmPow(x, y);
}
