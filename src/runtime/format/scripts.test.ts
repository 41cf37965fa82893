import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Generator, linearLikeInit, rand, randint } from '../random/index';
import { formatPrint, type PrintableTensor, type PyValue } from './index';

// Expected output of /work/shared/conformance/scripts/*.py, copied into tests/data/scripts;
// here the values are rebuilt from the generator without an interpreter.
const stdout = (name: string) => readFileSync(`tests/data/scripts/${name}.stdout`, 'utf8');
const f32 = (shape: number[], values: ArrayLike<number>): PyValue => ({ kind: 'tensor', tensor: { dtype: 'float32', shape, values } });

function sumF32(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s = Math.fround(s + values[i]!);
  return s;
}

describe('conformance scripts', () => {
  it('seeded_rand_print.py', () => {
    const gen = new Generator().manualSeed(0);
    const x = rand([3, 4], 'float32', gen);
    const lines = [
      formatPrint([f32([3, 4], x)]),
      formatPrint([f32([2], rand([2], 'float32', gen))]),
      formatPrint([{ kind: 'tensor', tensor: { dtype: 'int64', shape: [2, 3], values: randint(0, 10, [2, 3], 'int64', gen) } }]),
      formatPrint([f32([], [sumF32(x)]), { kind: 'size', dims: [3, 4] }, { kind: 'dtype', name: 'float32' }]),
    ];
    expect(lines.join('\n') + '\n').toBe(stdout('seeded_rand_print'));
  });

  it('python_values.py', () => {
    const xs = [1.0, 2.5, 1e-5];
    const total = xs.reduce((a, b) => a + b, 0);
    const counts: [PyValue, PyValue][] = [];
    for (const w of 'a b a c'.split(' ')) {
      const entry = counts.find(([k]) => k === w);
      if (entry) entry[1] = (entry[1] as bigint) + 1n;
      else counts.push([w, 1n]);
    }
    const lines = [
      formatPrint([{ kind: 'tuple', items: [total, total / xs.length, BigInt(xs.length)] }]),
      formatPrint([{ kind: 'dict', entries: counts }]),
      formatPrint([[1n, 2n, 3n], { kind: 'tuple', items: [1n, 'a', null, true] }, -4n, 2.0 ** -20, 1e16, 0.1 + 0.2]),
    ];
    expect(lines.join('\n') + '\n').toBe(stdout('python_values'));
  });

  it('mycell_tutorial.py (tensor lines)', () => {
    const gen = new Generator().manualSeed(0);
    const { weight, bias } = linearLikeInit([4, 4], true, gen);
    const x = rand([3, 4], 'float32', gen);
    const h = rand([3, 4], 'float32', gen);
    const out = new Float32Array(12);
    for (let r = 0; r < 3; r++) {
      for (let o = 0; o < 4; o++) {
        let acc = 0;
        for (let k = 0; k < 4; k++) acc = Math.fround(acc + Math.fround(x[r * 4 + k]! * weight[o * 4 + k]!));
        out[r * 4 + o] = Math.tanh(Math.fround(Math.fround(acc + bias![o]!) + h[r * 4 + o]!));
      }
    }
    const t: PrintableTensor = { dtype: 'float32', shape: [3, 4], values: out };
    const pair = formatPrint([{ kind: 'tuple', items: [{ kind: 'tensor', tensor: t }, { kind: 'tensor', tensor: t }] }]);
    const expected = stdout('mycell_tutorial').split('\n').slice(3).join('\n');
    expect([pair, pair, formatPrint([f32([], [sumF32(out)])])].join('\n') + '\n').toBe(expected);
  });
});
