import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Tensor } from '../runtime/tensor';
import type { TupleValue } from '../runtime/ivalue';
import { callOp } from './call';
import './index';

// Rows with many equal values: PyTorch's topk and kthvalue are not stable, so the indices they
// return depend on the exact algorithm (Note [Tie order]); the data is from PyTorch 1.13.
interface Case { row: (number | null)[]; k: number; largest: boolean; topk: number[]; kthvalue: number }
const cases = JSON.parse(readFileSync('tests/data/ops/selection_ties.json', 'utf8')) as Case[];

const indices = (r: unknown): number[] => Array.from(((r as TupleValue).elements[1] as Tensor).values());

describe('topk and kthvalue pick the tied index PyTorch picks', () => {
  it.each(cases.map((c, i) => [i, c] as const))('row %i', (_, c) => {
    const t = Tensor.fromValues('float32', [c.row.length], c.row.map((x) => (x === null ? NaN : x)));
    expect(indices(callOp('aten::topk', [t, BigInt(c.k)], { largest: c.largest }))).toEqual(c.topk);
    expect(indices(callOp('aten::kthvalue', [t, BigInt(c.k)], {}))).toEqual([c.kthvalue]);
  });
});
