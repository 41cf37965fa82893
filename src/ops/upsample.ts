// upsample_nearest1d/2d, upsample_linear1d and upsample_bilinear2d (what F.interpolate calls), as ATen's CPU kernels
// compute their source indices, in float for float inputs.
import { Tensor } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { TorchError } from '../runtime/errors';
import * as A from './args';
import { defineOp } from './registry';
import { squeeze, unsqueeze } from './views';

const f = Math.fround;

/** `compute_scales_value`: 1/scale when a positive scale was given, else input/output, in float. */
function scaleOf(scale: number | null, inSize: number, outSize: number): number {
  return scale !== null && scale > 0 ? f(1 / scale) : f(inSize / outSize);
}

/** `nearest_idx` of UpSample.h. */
function nearestIdx(o: number, inSize: number, outSize: number, scale: number | null): number {
  if (outSize === inSize) return o;
  if (outSize === 2 * inSize) return o >> 1;
  return Math.min(Math.floor(f(o * scaleOf(scale, inSize, outSize))), inSize - 1);
}

/** Source position and weights of a linear interpolation (`area_pixel_compute_source_index`). */
function linearTaps(o: number, inSize: number, outSize: number, alignCorners: boolean, scale: number | null): [number, number, number, number] {
  let s: number;
  if (alignCorners) s = outSize > 1 ? f(f(inSize - 1) / f(outSize - 1)) : 0;
  else s = scaleOf(scale, inSize, outSize);
  let src = alignCorners ? f(s * o) : f(f(s * f(o + 0.5)) - 0.5);
  if (!alignCorners && src < 0) src = 0;
  const i0 = Math.trunc(src);
  const i1 = i0 + (i0 < inSize - 1 ? 1 : 0);
  const l1 = f(src - i0);
  return [i0, i1, f(1 - l1), l1];
}

/** Output sizes from `output_size` or `floor(input * scale_factor)` (upsample's .vec overloads). */
function outputSizes(x: Tensor, spatial: number, size: number[] | null, scales: number[] | null): number[] {
  if (size !== null && scales !== null) throw new TorchError('RuntimeError', 'Must specify exactly one of output_size and scale_factors');
  const rank = (what: string): never => {
    throw new TorchError('RuntimeError', `Expected static_cast<int64_t>(${what}->size()) == spatial_dimensions to be true, but got false.  (Could this error message be improved?  If so, please report an enhancement request to PyTorch.)`);
  };
  if (size !== null && size.length !== x.ndim - 2) rank('output_size');
  if (scales !== null && scales.length !== x.ndim - 2) rank('scale_factors');
  if (size !== null) return size;
  if (scales === null) throw new TorchError('RuntimeError', 'Must specify exactly one of output_size and scale_factors');
  return scales.map((s, i) => Math.floor(x.shape[x.ndim - spatial + i] * s));
}

function checkInput(x: Tensor, spatial: number, out: number[]): void {
  if (x.ndim !== spatial + 2) {
    throw new TorchError('RuntimeError', `It is expected input_size equals to ${spatial + 2}, but got size ${x.ndim}`);
  }
  if (x.shape.slice(2).some((s) => s <= 0) || out.some((s) => s <= 0)) {
    throw new TorchError('RuntimeError', `Input and output sizes should be greater than 0, but got input (${x.shape.slice(2).join(', ')}) and output (${out.join(', ')})`);
  }
}

/** Nearest or bilinear resampling of the last two dims (`nearest1d` runs with H = 1). */
function resample(x: Tensor, out: [number, number], scales: [number | null, number | null], mode: 'nearest' | 'bilinear', alignCorners = false): Tensor {
  const [H, W] = x.shape.slice(-2);
  const [OH, OW] = out;
  const planes = x.numel / (H * W);
  const v = x.contiguous().values();
  const res = new Float64Array(planes * OH * OW);
  const round = x.dtype === 'float64' ? (z: number) => z : f;
  for (let i = 0; i < OH; i++) {
    for (let j = 0; j < OW; j++) {
      for (let p = 0; p < planes; p++) {
        const base = p * H * W;
        let val: number;
        if (mode === 'nearest') {
          val = v[base + nearestIdx(i, H, OH, scales[0]) * W + nearestIdx(j, W, OW, scales[1])];
        } else {
          const [h0, h1, a0, a1] = linearTaps(i, H, OH, alignCorners, scales[0]);
          const [w0, w1, b0, b1] = linearTaps(j, W, OW, alignCorners, scales[1]);
          const top = round(round(b0 * v[base + h0 * W + w0]) + round(b1 * v[base + h0 * W + w1]));
          const bottom = round(round(b0 * v[base + h1 * W + w0]) + round(b1 * v[base + h1 * W + w1]));
          val = round(round(a0 * top) + round(a1 * bottom));
        }
        res[p * OH * OW + i * OW + j] = val;
      }
    }
  }
  return Tensor.fromValues(x.dtype, [...x.shape.slice(0, -2), OH, OW], res);
}

function nearest1d(x: Tensor, out: number[], scale: number | null): Tensor {
  checkInput(x, 1, out);
  return squeeze(resample(unsqueeze(x, 2), [1, out[0]], [null, scale], 'nearest'), 2);
}

function twoD(x: Tensor, size: number[] | null, scales: number[] | null, mode: 'nearest' | 'bilinear', alignCorners = false): Tensor {
  const out = outputSizes(x, 2, size, scales);
  checkInput(x, 2, out);
  return resample(x, [out[0], out[1]], [scales?.[0] ?? null, scales?.[1] ?? null], mode, alignCorners);
}

const optList = (v: IValue): number[] | null => (v === null ? null : A.list(v).map(A.float));

defineOp('aten::upsample_nearest1d.vec(Tensor input, SymInt[]? output_size, float[]? scale_factors) -> Tensor', (a) => {
  const x = A.tensor(a[0]);
  const scales = optList(a[2]);
  return nearest1d(x, outputSizes(x, 1, A.optIntList(a[1]), scales), scales?.[0] ?? null);
});
defineOp('aten::upsample_nearest1d(Tensor self, SymInt[1] output_size, float? scales=None) -> Tensor', (a) =>
  nearest1d(A.tensor(a[0]), A.intList(a[1]), A.optFloat(a[2])),
);
defineOp('aten::upsample_nearest2d.vec(Tensor input, SymInt[]? output_size, float[]? scale_factors) -> Tensor', (a) =>
  twoD(A.tensor(a[0]), A.optIntList(a[1]), optList(a[2]), 'nearest'),
);
defineOp('aten::upsample_nearest2d(Tensor self, SymInt[2] output_size, float? scales_h=None, float? scales_w=None) -> Tensor', (a) => {
  const x = A.tensor(a[0]);
  const out = A.intList(a[1], 2);
  checkInput(x, 2, out);
  return resample(x, [out[0], out[1]], [A.optFloat(a[2]), A.optFloat(a[3])], 'nearest');
});
defineOp('aten::upsample_bilinear2d.vec(Tensor input, SymInt[]? output_size, bool align_corners, float[]? scale_factors) -> Tensor', (a) =>
  twoD(A.tensor(a[0]), A.optIntList(a[1]), optList(a[3]), 'bilinear', A.bool(a[2])),
);
defineOp('aten::upsample_bilinear2d(Tensor self, SymInt[2] output_size, bool align_corners, float? scales_h=None, float? scales_w=None) -> Tensor', (a) => {
  const x = A.tensor(a[0]);
  const out = A.intList(a[1], 2);
  checkInput(x, 2, out);
  return resample(x, [out[0], out[1]], [A.optFloat(a[3]), A.optFloat(a[4])], 'bilinear', A.bool(a[2]));
});

function linear1d(x: Tensor, out: number[], alignCorners: boolean, scale: number | null): Tensor {
  checkInput(x, 1, out);
  return squeeze(resample(unsqueeze(x, 2), [1, out[0]], [null, scale], 'bilinear', alignCorners), 2);
}
defineOp('aten::upsample_linear1d.vec(Tensor input, SymInt[]? output_size, bool align_corners, float[]? scale_factors) -> Tensor', (a) => {
  const x = A.tensor(a[0]);
  const scales = optList(a[3]);
  return linear1d(x, outputSizes(x, 1, A.optIntList(a[1]), scales), A.bool(a[2]), scales?.[0] ?? null);
});
defineOp('aten::upsample_linear1d(Tensor self, SymInt[1] output_size, bool align_corners, float? scales=None) -> Tensor', (a) =>
  linear1d(A.tensor(a[0]), A.intList(a[1]), A.bool(a[2]), A.optFloat(a[3])),
);
