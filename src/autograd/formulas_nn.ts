// Backward formulas of convolution, pooling and normalisation layers (conv2d, max/avg pooling,
// batch_norm, layer_norm).
import type { IValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { callOp } from '../ops/index';
import { defineFormula } from './record';
import { div, ints, mul, op, sub } from './ops';

const T = (v: IValue | undefined): Tensor => v as Tensor;
const pair = (v: IValue | undefined, dflt: number): [number, number] => {
  const xs = Array.isArray(v) ? (v as bigint[]).map(Number) : typeof v === 'bigint' ? [Number(v)] : [];
  if (xs.length === 0) return [dflt, dflt];
  return [xs[0]!, xs[1] ?? xs[0]!];
};

// conv2d: the input's gradient is the transposed convolution of the gradient; the weight's is the
// convolution of the input with the gradient as the kernel (stride and dilation swapped), per group.
defineFormula('aten::conv2d', ([g], { args }) => {
  const [x, w, bias] = [T(args[0]), T(args[1]), args[2]];
  const [stride, padding, dilation] = [pair(args[3], 1), pair(args[4], 0), pair(args[5], 1)];
  const groups = Number(args[6]);
  const [kh, kw] = [w.shape[2]!, w.shape[3]!];
  const outPad = [0, 1].map((i) => {
    const [size, o, k] = [x.shape[2 + i]!, g!.shape[2 + i]!, i === 0 ? kh : kw];
    return size - ((o - 1) * stride[i]! - 2 * padding[i]! + dilation[i]! * (k - 1) + 1);
  });
  const gx = op('aten::conv_transpose2d.input', g!, w, null, ints(stride), ints(padding), ints(outPad), BigInt(groups), ints(dilation));
  const [cin, cout] = [x.shape[1]! / groups, w.shape[0]! / groups];
  const parts: Tensor[] = [];
  for (let k = 0; k < groups; k++) {
    const xg = op('aten::transpose.int', op('aten::narrow', x, 1n, BigInt(k * cin), BigInt(cin)), 0n, 1n);
    const gg = op('aten::transpose.int', op('aten::narrow', g!, 1n, BigInt(k * cout), BigInt(cout)), 0n, 1n);
    const full = op('aten::conv2d', xg, gg, null, ints(dilation), ints(padding), ints(stride), 1n);
    const cut = op('aten::narrow', op('aten::narrow', full, 2n, 0n, BigInt(kh)), 3n, 0n, BigInt(kw));
    parts.push(op('aten::transpose.int', cut, 0n, 1n));
  }
  const gw = parts.length === 1 ? op('aten::contiguous', parts[0]!) : op('aten::cat', parts, 0n);
  const gb = bias === null || bias === undefined ? null : op('aten::sum.dim_IntList', g!, [0n, 2n, 3n], false);
  return [gx, gw, gb];
}, { reads: [0, 1] });

/** A zero gradient shaped like `x` that `visit` fills plane by plane (N*C planes of H*W). */
function perPlane(x: Tensor, g: Tensor, visit: (plane: number, gv: ArrayLike<number>, out: Float32Array | Float64Array, oh: number, ow: number) => void): Tensor {
  const out = x.dtype === 'float64' ? new Float64Array(x.numel) : new Float32Array(x.numel);
  const gv = g.contiguous().values();
  const planes = x.shape.slice(0, -2).reduce((a, b) => a * b, 1);
  for (let p = 0; p < planes; p++) visit(p, gv, out, g.shape[g.ndim - 2]!, g.shape[g.ndim - 1]!);
  return Tensor.fromArray(x.dtype, x.shape, out);
}

defineFormula('aten::max_pool2d', ([g], { args }) => {
  const x = T(args[0]);
  const r = op('aten::max_pool2d_with_indices', x, args[1]!, args[2]!, args[3]!, args[4]!, args[5]!) as unknown as { elements: Tensor[] };
  const idx = r.elements[1]!.contiguous().values();
  const hw = x.shape[x.ndim - 2]! * x.shape[x.ndim - 1]!;
  return [perPlane(x, g!, (p, gv, out, oh, ow) => {
    for (let i = 0; i < oh * ow; i++) out[p * hw + Number(idx[p * oh * ow + i])] += gv[p * oh * ow + i]!;
  })];
});

// avg_pool2d_backward: each output's gradient is shared by its window, divided as the forward divided.
defineFormula('aten::avg_pool2d', ([g], { args }) => {
  const x = T(args[0]);
  const [H, W] = [x.shape[x.ndim - 2]!, x.shape[x.ndim - 1]!];
  const k = pair(args[1], 1);
  const s = pair(args[2], 0);
  const stride = s[0] === 0 ? k : s;
  const pad = pair(args[3], 0);
  const includePad = args[5] !== false;
  const override = args[6] === null || args[6] === undefined ? null : Number(args[6]);
  return [perPlane(x, g!, (p, gv, out, oh, ow) => {
    for (let i = 0; i < oh; i++) {
      for (let j = 0; j < ow; j++) {
        let [h0, w0] = [i * stride[0]! - pad[0]!, j * stride[1]! - pad[1]!];
        let [h1, w1] = [Math.min(h0 + k[0]!, H + pad[0]!), Math.min(w0 + k[1]!, W + pad[1]!)];
        const poolSize = (h1 - h0) * (w1 - w0);
        [h0, w0, h1, w1] = [Math.max(h0, 0), Math.max(w0, 0), Math.min(h1, H), Math.min(w1, W)];
        const divisor = override ?? (includePad ? poolSize : (h1 - h0) * (w1 - w0));
        const share = gv[p * oh * ow + i * ow + j]! / divisor;
        for (let h = h0; h < h1; h++) for (let w = w0; w < w1; w++) out[p * H * W + h * W + w] += share;
      }
    }
  })];
});

defineFormula('aten::adaptive_avg_pool2d', ([g], { args }) => {
  const x = T(args[0]);
  const [H, W] = [x.shape[x.ndim - 2]!, x.shape[x.ndim - 1]!];
  return [perPlane(x, g!, (p, gv, out, oh, ow) => {
    for (let i = 0; i < oh; i++) {
      const [h0, h1] = [Math.floor((i * H) / oh), Math.ceil(((i + 1) * H) / oh)];
      for (let j = 0; j < ow; j++) {
        const [w0, w1] = [Math.floor((j * W) / ow), Math.ceil(((j + 1) * W) / ow)];
        const share = gv[p * oh * ow + i * ow + j]! / ((h1 - h0) * (w1 - w0));
        for (let h = h0; h < h1; h++) for (let w = w0; w < w1; w++) out[p * H * W + h * W + w] += share;
      }
    }
  })];
});

/**
 * Normalisation backward over `dims` (the statistics' dims, kept): x̂ = (x - mean) * invstd,
 * dx = invstd / M * (M * gy - sum(gy) - x̂ * sum(gy * x̂)) with gy = g * weight (training), or
 * g * weight * invstd (evaluation with running statistics).
 */
function normBackward(g: Tensor, x: Tensor, dims: bigint[], eps: number, weightShaped: Tensor | null, running: [Tensor, Tensor] | null): [Tensor, Tensor] {
  const sumOver = (t: Tensor): Tensor => op('aten::sum.dim_IntList', t, dims, true);
  const mean = running ? running[0] : op('aten::mean.dim', x, dims, true);
  const variance = running ? running[1] : (callOp('aten::var.correction', [x, dims], { correction: 0n, keepdim: true }) as Tensor);
  const invstd = op('aten::rsqrt', op('aten::add.Scalar', variance, eps));
  const xhat = mul(sub(x, mean), invstd);
  const gy = weightShaped ? mul(g, weightShaped) : g;
  if (running) return [mul(gy, invstd), xhat];
  const M = dims.reduce((acc, d) => acc * x.shape[Number(d)]!, 1);
  const inner = sub(sub(mul(gy, M), sumOver(gy)), mul(xhat, sumOver(mul(gy, xhat))));
  return [mul(div(invstd, M), inner), xhat];
}

defineFormula('aten::batch_norm', ([g], { args }) => {
  const [x, weight, bias, rm, rv] = [T(args[0]), args[1], args[2], args[3], args[4]];
  const training = args[5] === true || !(rm instanceof Tensor);
  const eps = Number(args[7]);
  const shape = x.shape.map((s, i) => (i === 1 ? s : 1));
  const reshape = (t: Tensor): Tensor => op('aten::reshape', t, ints(shape));
  const dims = x.shape.map((_, i) => BigInt(i)).filter((d) => d !== 1n);
  const w = weight instanceof Tensor ? reshape(weight) : null;
  const running: [Tensor, Tensor] | null = training ? null : [reshape(rm as Tensor), reshape(rv as Tensor)];
  const [gx, xhat] = normBackward(g!, x, dims, eps, w, running);
  const gw = weight instanceof Tensor ? op('aten::sum.dim_IntList', mul(g!, xhat), dims, false) : null;
  const gb = bias instanceof Tensor ? op('aten::sum.dim_IntList', g!, dims, false) : null;
  return [gx, gw, gb];
}, { reads: [0, 1, 3, 4] });

defineFormula('aten::layer_norm', ([g], { args }) => {
  const [x, weight, bias] = [T(args[0]), args[2], args[3]];
  const k = (args[1] as bigint[]).length;
  const dims = x.shape.map((_, i) => BigInt(i)).filter((d) => Number(d) >= x.ndim - k);
  const lead = x.shape.map((_, i) => BigInt(i)).filter((d) => Number(d) < x.ndim - k);
  const [gx, xhat] = normBackward(g!, x, dims, Number(args[4]), weight instanceof Tensor ? weight : null, null);
  const reduceLead = (t: Tensor): Tensor => (lead.length > 0 ? op('aten::sum.dim_IntList', t, lead, false) : t);
  return [gx, null, weight instanceof Tensor ? reduceLead(mul(g!, xhat)) : null, bias instanceof Tensor ? reduceLead(g!) : null];
}, { reads: [0, 2] });
