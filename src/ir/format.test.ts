import { describe, expect, test } from 'vitest';
import { formatDouble, formatG, quoteString, unquoteString } from './format';

// Expected strings are what torch 1.13 printed for prim::Constant values.
describe('formatDouble', () => {
  test.each([
    [1, '1.'], [0.1, '0.10000000000000001'], [-0, '-0.'], [1e20, '1e+20'], [1e-7, '9.9999999999999995e-08'],
    [123456789, '123456789.'], [1e16, '10000000000000000'], [1e17, '1e+17'], [2.5e-5, '2.5000000000000001e-05'],
    [Infinity, 'inf'], [-Infinity, '-inf'], [NaN, 'nan'], [3.14159, '3.1415899999999999'],
    [1 / 3, '0.33333333333333331'], [0.25, '0.25'], [-1, '-1.'], [1e-5, '1.0000000000000001e-05'],
  ])('%s', (value, text) => expect(formatDouble(value)).toBe(text));
  test('formatG at 6 digits, as ostream prints tensor items', () => {
    expect(formatG(2.5, 6)).toBe('2.5');
    expect(formatG(1, 6)).toBe('1');
    expect(formatG(1234567, 6)).toBe('1.23457e+06');
    expect(formatG(0.0001, 6)).toBe('0.0001');
  });
});

describe('quoteString', () => {
  test.each([
    ['abc', '"abc"'], ['a"b', '"a\\"b"'], ['a\\b', '"a\\\\b"'], ['a\nb\tc', '"a\\nb\\tc"'],
    ['\x01', '"\\001"'], ["'", '"\\\'"'], ['é', '"\\0)+\\/.)"'],
  ])('%j', (text, quoted) => {
    expect(quoteString(text)).toBe(quoted);
    expect(unquoteString(quoted.slice(1, -1))).toBe(text);
  });
});
