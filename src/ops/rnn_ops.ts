// Recurrent kernels: aten::lstm/gru/rnn_tanh/rnn_relu (the fused multi-layer ops nn.LSTM and nn.GRU
// call) and their one-step cells, computed on the host.
import { Tensor } from '../runtime/tensor';
import { TupleValue } from '../runtime/ivalue';
import type { IValue } from '../runtime/ivalue';
import { TorchError } from '../runtime/errors';
import * as A from './args';
import { defineOp } from './registry';
import { dropout } from './dropout';
import { transpose } from './views';

// Note [RNN arithmetic]: each step follows ATen's rnn.cpp cell by cell (input gates with bias,
// hidden gates with bias, their sum, then the gate nonlinearities), rounding to float32 after every
// step as the float32 kernels do; only the matmul accumulation order differs from MKL's.

type Mode = 'lstm' | 'gru' | 'rnn_tanh' | 'rnn_relu';

const GATES: Record<Mode, number> = { lstm: 4, gru: 3, rnn_tanh: 1, rnn_relu: 1 };

/** Rows of `x` [n, k] times `w` [m, k] transposed, plus `b` [m]: a float32-rounded linear. */
function linearRows(x: Float64Array, n: number, k: number, w: Tensor, b: Tensor | null): Float64Array {
  const m = w.shape[0];
  if (w.shape[1] !== k) throw new TorchError('RuntimeError', `mat1 and mat2 shapes cannot be multiplied (${n}x${k} and ${w.shape[1]}x${m})`);
  const wv = w.contiguous().values();
  const bv = b?.values();
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let acc = 0;
      for (let t = 0; t < k; t++) acc += x[i * k + t] * wv[j * k + t];
      out[i * m + j] = Math.fround(Math.fround(acc) + (bv ? bv[j] : 0));
    }
  }
  return out;
}

const f = Math.fround;
const sigmoid = (v: number): number => f(1 / (1 + Math.exp(-v)));
const tanh = (v: number): number => f(Math.tanh(v));

/** One step of a cell on a batch: `gi` = input gates, `gh` = hidden gates, `h`/`c` updated in place. */
function cellStep(mode: Mode, gi: Float64Array, gh: Float64Array, h: Float64Array, c: Float64Array | null, batch: number, hidden: number): void {
  const g = GATES[mode] * hidden;
  for (let b = 0; b < batch; b++) {
    for (let j = 0; j < hidden; j++) {
      const at = b * g + j;
      const hv = b * hidden + j;
      if (mode === 'lstm') {
        const gate = (q: number): number => f(gi[at + q * hidden] + gh[at + q * hidden]);
        const [ig, fg, cg, og] = [sigmoid(gate(0)), sigmoid(gate(1)), tanh(gate(2)), sigmoid(gate(3))];
        c![hv] = f(f(fg * c![hv]) + f(ig * cg));
        h[hv] = f(og * tanh(c![hv]));
      } else if (mode === 'gru') {
        const r = sigmoid(f(gi[at] + gh[at]));
        const z = sigmoid(f(gi[at + hidden] + gh[at + hidden]));
        const n = tanh(f(gi[at + 2 * hidden] + f(r * gh[at + 2 * hidden])));
        h[hv] = f(f(f(h[hv] - n) * z) + n);
      } else {
        const s = f(gi[at] + gh[at]);
        h[hv] = mode === 'rnn_tanh' ? tanh(s) : Math.max(s, 0);
      }
    }
  }
}

interface Weights {
  wIh: Tensor;
  wHh: Tensor;
  bIh: Tensor | null;
  bHh: Tensor | null;
}

/** Runs one direction of one layer over `seq` [T, B, I]; returns outputs [T, B, H] and the final states. */
function runDirection(mode: Mode, seq: Float64Array, T: number, B: number, I: number, w: Weights, h0: Float64Array, c0: Float64Array | null, reverse: boolean) {
  const H = w.wHh.shape[1];
  const gi = linearRows(seq, T * B, I, w.wIh, w.bIh);
  const h = h0.slice();
  const c = c0 === null ? null : c0.slice();
  const out = new Float64Array(T * B * H);
  const g = GATES[mode] * H;
  for (let s = 0; s < T; s++) {
    const t = reverse ? T - 1 - s : s;
    const gh = linearRows(h, B, H, w.wHh, w.bHh);
    cellStep(mode, gi.subarray(t * B * g, (t + 1) * B * g), gh, h, c, B, H);
    out.set(h, t * B * H);
  }
  return { out, h, c };
}

function checkWeights(mode: Mode, w: Weights, hidden: number): void {
  if (w.wIh.shape[0] !== GATES[mode] * hidden) {
    throw new TorchError('RuntimeError', `${mode}: expected weight_ih of ${GATES[mode] * hidden} rows, got ${w.wIh.shape[0]}`);
  }
}

/** The fused multi-layer op: `(input, hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first)`. */
function rnnForward(mode: Mode, a: IValue[]): TupleValue {
  let input = A.tensor(a[0]);
  const hx = mode === 'lstm' ? A.tensorList(a[1]) : [A.tensor(a[1])];
  const params = A.tensorList(a[2]);
  const hasBiases = A.bool(a[3]);
  const layers = A.int(a[4]);
  const [p, train, bidirectional, batchFirst] = [A.float(a[5]), A.bool(a[6]), A.bool(a[7]), A.bool(a[8])];
  if (input.ndim !== 3) throw new TorchError('RuntimeError', `input must have 3 dimensions, got ${input.ndim}`);
  if (batchFirst) input = transpose(input, 0, 1);
  const [T, B] = input.shape;
  const D = bidirectional ? 2 : 1;
  const per = hasBiases ? 4 : 2;
  if (params.length !== layers * D * per) throw new TorchError('RuntimeError', `expected ${layers * D * per} parameters, got ${params.length}`);
  const H = params[1].shape[1];
  const dtype = input.dtype;
  let seq = Float64Array.from(input.contiguous().values());
  let width = input.shape[2];
  const hv = hx[0].contiguous().values();
  const cv = mode === 'lstm' ? hx[1].contiguous().values() : null;
  const hN = new Float64Array(layers * D * B * H);
  const cN = new Float64Array(layers * D * B * H);
  for (let l = 0; l < layers; l++) {
    const next = new Float64Array(T * B * D * H);
    for (let d = 0; d < D; d++) {
      const k = (l * D + d) * per;
      const w: Weights = { wIh: params[k], wHh: params[k + 1], bIh: hasBiases ? params[k + 2] : null, bHh: hasBiases ? params[k + 3] : null };
      checkWeights(mode, w, H);
      const s = (l * D + d) * B * H;
      const h0 = Float64Array.from(hv.subarray(s, s + B * H));
      const c0 = cv === null ? null : Float64Array.from(cv.subarray(s, s + B * H));
      const r = runDirection(mode, seq, T, B, width, w, h0, c0, d === 1);
      for (let i = 0; i < T * B; i++) next.set(r.out.subarray(i * H, (i + 1) * H), (i * D + d) * H);
      hN.set(r.h, s);
      if (r.c !== null) cN.set(r.c, s);
    }
    seq = next;
    width = D * H;
    if (p !== 0 && train && l < layers - 1) seq = Float64Array.from(dropout(Tensor.fromValues(dtype, [T, B, width], seq), p, true).values());
  }
  let output = Tensor.fromValues(dtype, [T, B, D * H], seq);
  if (batchFirst) output = transpose(output, 0, 1).contiguous();
  const states = [Tensor.fromValues(dtype, [layers * D, B, H], hN)];
  if (mode === 'lstm') states.push(Tensor.fromValues(dtype, [layers * D, B, H], cN));
  return new TupleValue([output, ...states]);
}

const FUSED = 'Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional, bool batch_first';
defineOp(`aten::lstm.input(Tensor input, Tensor[] hx, ${FUSED}) -> (Tensor, Tensor, Tensor)`, (a) => rnnForward('lstm', a));
defineOp(`aten::gru.input(Tensor input, Tensor hx, ${FUSED}) -> (Tensor, Tensor)`, (a) => rnnForward('gru', a));
defineOp(`aten::rnn_tanh.input(Tensor input, Tensor hx, ${FUSED}) -> (Tensor, Tensor)`, (a) => rnnForward('rnn_tanh', a));
defineOp(`aten::rnn_relu.input(Tensor input, Tensor hx, ${FUSED}) -> (Tensor, Tensor)`, (a) => rnnForward('rnn_relu', a));

/** One cell step on a 2-D batch: `(input, hx, w_ih, w_hh, b_ih, b_hh)`. */
function cellForward(mode: Mode, a: IValue[]): IValue {
  const input = A.tensor(a[0]);
  const hx = mode === 'lstm' ? A.tensorList(a[1]) : [A.tensor(a[1])];
  const w: Weights = { wIh: A.tensor(a[2]), wHh: A.tensor(a[3]), bIh: A.optTensor(a[4]), bHh: A.optTensor(a[5]) };
  const H = w.wHh.shape[1];
  checkWeights(mode, w, H);
  const B = input.ndim === 2 ? input.shape[0] : 1;
  const h = Float64Array.from(hx[0].contiguous().values());
  const c = mode === 'lstm' ? Float64Array.from(hx[1].contiguous().values()) : null;
  const gi = linearRows(Float64Array.from(input.contiguous().values()), B, input.shape[input.ndim - 1], w.wIh, w.bIh);
  const gh = linearRows(h, B, H, w.wHh, w.bHh);
  cellStep(mode, gi, gh, h, c, B, H);
  const shape = hx[0].shape;
  const hOut = Tensor.fromValues(input.dtype, shape, h);
  return c === null ? hOut : new TupleValue([hOut, Tensor.fromValues(input.dtype, shape, c)]);
}

const CELL = 'Tensor w_ih, Tensor w_hh, Tensor? b_ih=None, Tensor? b_hh=None';
defineOp(`aten::lstm_cell(Tensor input, Tensor[] hx, ${CELL}) -> (Tensor, Tensor)`, (a) => cellForward('lstm', a));
defineOp(`aten::gru_cell(Tensor input, Tensor hx, ${CELL}) -> Tensor`, (a) => cellForward('gru', a));
defineOp(`aten::rnn_tanh_cell(Tensor input, Tensor hx, ${CELL}) -> Tensor`, (a) => cellForward('rnn_tanh', a));
defineOp(`aten::rnn_relu_cell(Tensor input, Tensor hx, ${CELL}) -> Tensor`, (a) => cellForward('rnn_relu', a));
