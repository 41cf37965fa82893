import { describe, it } from 'vitest';
import { expectGolden } from '../../testing/golden';
import { Generator, rand, randint, randn } from '../random/index';
import { formatPrint, formatTensor, type PrintableTensor, type PyValue } from './index';

const gen = () => new Generator().manualSeed(0);

/** Readable cases; each prints its label then what `print` shows. */
const cases: [string, PyValue | PrintableTensor][] = [
  ['rand(3, 4) after manual_seed(0)', { dtype: 'float32', shape: [3, 4], values: rand([3, 4], 'float32', gen()) }],
  ['randn(2, 3) float64', { dtype: 'float64', shape: [2, 3], values: randn([2, 3], 'float64', gen()) }],
  ['randint(-100, 100, (2, 5)) int32', { dtype: 'int32', shape: [2, 5], values: randint(-100, 100, [2, 5], 'int32', gen()) }],
  ['scientific', { dtype: 'float32', shape: [3], values: [1e-5, 1, 12345.5] }],
  ['integral floats, nan, inf, -0', { dtype: 'float32', shape: [5], values: [1, -0, NaN, Infinity, 20] }],
  ['0-d', { dtype: 'float32', shape: [], values: [3] }],
  ['empty', { dtype: 'float32', shape: [0], values: [] }],
  ['empty 0x3 int64', { dtype: 'int64', shape: [0, 3], values: [] }],
  ['bool', { dtype: 'bool', shape: [2, 2], values: [true, false, false, true] }],
  ['summarised 2000', { dtype: 'float32', shape: [40, 50], values: rand([40, 50], 'float32', gen()) }],
  ['3-d', { dtype: 'int64', shape: [2, 2, 3], values: Array.from({ length: 12 }, (_, i) => i - 6) }],
  ['requires_grad', { dtype: 'float32', shape: [2], values: [0.5, 1.5], requiresGrad: true }],
  ['grad_fn', { dtype: 'float32', shape: [2], values: [0.5, 1.5], gradFn: 'AddBackward0' }],
  ['Parameter', { dtype: 'float32', shape: [2], values: [0.5, 1.5], requiresGrad: true, isParameter: true }],
  [
    'tuple of tensors (not re-indented)',
    {
      kind: 'tuple',
      items: [
        { kind: 'tensor', tensor: { dtype: 'float32', shape: [2, 2], values: [0.1307, 0.7182, 0.1461, 0.842] } },
        { kind: 'tensor', tensor: { dtype: 'int64', shape: [2], values: [1, 2] } },
      ],
    },
  ],
  ['python values', [1n, 2.5, 'x', null, true, { kind: 'tuple', items: [1n] }, { kind: 'size', dims: [3, 4] }]],
];

function isTensor(v: PyValue | PrintableTensor): v is PrintableTensor {
  return typeof v === 'object' && v !== null && 'dtype' in v && 'values' in v;
}

describe('format goldens', () => {
  it('prints the readable cases', () => {
    const text = cases
      .map(([label, v]) => `# ${label}\n${isTensor(v) ? formatTensor(v) : formatPrint([v])}\n`)
      .join('\n');
    expectGolden('tests/golden/format/print.txt', text);
  });
});
