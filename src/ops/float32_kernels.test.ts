import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Tensor } from '../runtime/tensor';
import { callOp } from './call';
import './index';

// Float32 results of PyTorch 1.13 (tests/data/ops/gen_float32_kernels.py), compared bit for bit:
// printing shows these last bits when values are tiny or in scientific notation.
const data = JSON.parse(readFileSync('tests/data/ops/float32_kernels.json', 'utf8')) as { x: number[]; ops: Record<string, string[]> };
const x = Tensor.fromValues('float32', [data.x.length], data.x);
const calls: Record<string, () => unknown> = {
  erf: () => callOp('aten::erf', [x]),
  erfc: () => callOp('aten::erfc', [x]),
  gelu: () => callOp('aten::gelu', [x]),
  gelu_tanh: () => callOp('aten::gelu', [x], { approximate: 'tanh' }),
  silu: () => callOp('aten::silu', [x]),
  sigmoid: () => callOp('aten::sigmoid', [x]),
  exp: () => callOp('aten::exp', [x]),
  tanh: () => callOp('aten::tanh', [x]),
};
// How many of the inputs may still differ in the last bit (the kernels PyTorch runs are not all reproduced).
const ALLOWED: Record<string, number> = { gelu_tanh: 10, erf: 10, tanh: 10, erfc: 20 };

describe('float32 kernels give PyTorch 1.13 bits', () => {
  for (const [name, call] of Object.entries(calls)) {
    it(name, () => {
      const got = Array.from((call() as Tensor).values());
      const want = data.ops[name]!.map((v) => (v === 'inf' ? Infinity : v === '-inf' ? -Infinity : Number(v)));
      const differ = got.map((g, i) => (Object.is(g, want[i]) || (g !== g && want[i] !== want[i]) ? -1 : i)).filter((i) => i >= 0);
      if (process.env.SHOW) console.log(name, differ.length, differ.slice(0, 5).map((i) => [data.x[i], got[i], want[i]]));
      expect(differ.length).toBeLessThanOrEqual(ALLOWED[name] ?? 0);
    });
  }
});
