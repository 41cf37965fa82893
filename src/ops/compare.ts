// Whole-tensor comparisons: equal, isclose, allclose.
import { Tensor, expandTo } from '../runtime/tensor';
import { DEFAULT_FLOAT, SCALAR_TYPE_NAME, isFloating } from '../runtime/dtype';
import { broadcastShapes } from '../runtime/broadcast';
import { TorchError } from '../runtime/errors';
import * as A from './args';
import { defineOp } from './registry';

/** torch.equal: same sizes and the same values (NaN is never equal). */
export function equal(a: Tensor, b: Tensor): boolean {
  if (a.ndim !== b.ndim || a.shape.some((s, i) => s !== b.shape[i])) return false;
  const [x, y] = [a.values(), b.values()];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * torch.isclose as ATen computes it: `self == other`, or a finite |self - other| within
 * atol + |rtol * other|, each step rounded to the computation dtype (float32 for float32 and
 * integer inputs, whose float scalars promote them to the default dtype).
 */
export function isclose(self: Tensor, other: Tensor, rtol: number, atol: number, equalNan: boolean): Tensor {
  if (self.dtype !== other.dtype) {
    throw new TorchError('RuntimeError', `${SCALAR_TYPE_NAME[self.dtype]} did not match ${SCALAR_TYPE_NAME[other.dtype]}`);
  }
  if (rtol < 0) throw new TorchError('RuntimeError', `rtol must be greater than or equal to zero, but got ${rtol}`);
  if (atol < 0) throw new TorchError('RuntimeError', `atol must be greater than or equal to zero, but got ${atol}`);
  const shape = broadcastShapes(self.shape, other.shape);
  const x = expandTo(self, shape).values();
  const y = expandTo(other, shape).values();
  const computeIn = isFloating(self.dtype) ? self.dtype : DEFAULT_FLOAT;
  const r = computeIn === 'float64' ? (v: number): number => v : Math.fround;
  const [rt, at] = [r(rtol), r(atol)];
  const out = new Uint8Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const [u, v] = [x[i], y[i]];
    if (u === v || (equalNan && u !== u && v !== v)) {
      out[i] = 1;
      continue;
    }
    if (rtol === 0 && atol === 0) continue;
    const actual = r(Math.abs(r(u - v)));
    const allowed = r(at + Math.abs(r(rt * v)));
    out[i] = Number.isFinite(actual) && actual <= allowed ? 1 : 0;
  }
  return Tensor.fromArray('bool', shape, out);
}

const TOL = 'float rtol=1.0000000000000001e-05, float atol=1e-08, bool equal_nan=False';
defineOp('aten::equal(Tensor self, Tensor other) -> bool', (a) => equal(A.tensor(a[0]), A.tensor(a[1])));
defineOp(`aten::isclose(Tensor self, Tensor other, ${TOL}) -> Tensor`, (a) =>
  isclose(A.tensor(a[0]), A.tensor(a[1]), A.float(a[2]), A.float(a[3]), A.bool(a[4])),
);
defineOp(`aten::allclose(Tensor self, Tensor other, ${TOL}) -> bool`, (a) =>
  isclose(A.tensor(a[0]), A.tensor(a[1]), A.float(a[2]), A.float(a[3]), A.bool(a[4]))
    .values()
    .every((v) => v !== 0),
);
