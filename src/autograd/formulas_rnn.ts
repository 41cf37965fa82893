// Backward of the recurrent ops (aten::lstm/gru/rnn_tanh/rnn_relu and their cells) by recomputation:
// the forward is run again as the composite ops of ATen's rnn.cpp on a private tape, and that
// tape is differentiated (Note [Recomputed backward]).
import type { IValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { TorchError } from '../runtime/errors';
import type { ArgGrad } from './graph';
import { defineFormula } from './record';
import { gradsOf, leaf, r } from './recompute';

// Note [Recomputed backward] (src/autograd/recompute.ts) explains the approach.

type Mode = 'lstm' | 'gru' | 'rnn_tanh' | 'rnn_relu';

function chunks(t: Tensor, n: number): Tensor[] {
  return r('aten::chunk', t, BigInt(n), 1n) as unknown as Tensor[];
}

interface CellWeights {
  readonly wIh: Tensor;
  readonly wHh: Tensor;
  readonly bIh: Tensor | null;
  readonly bHh: Tensor | null;
}

/** One step of ATen's cells (rnn.cpp): returns the new hidden state and, for an LSTM, the cell. */
function cell(mode: Mode, x: Tensor, h: Tensor, c: Tensor | null, w: CellWeights): [Tensor, Tensor | null] {
  const gi = r('aten::linear', x, w.wIh, w.bIh);
  const gh = r('aten::linear', h, w.wHh, w.bHh);
  if (mode === 'lstm') {
    const [i, f, g, o] = chunks(r('aten::add.Tensor', gi, gh), 4);
    const cy = r('aten::add.Tensor', r('aten::mul.Tensor', r('aten::sigmoid', f!), c!), r('aten::mul.Tensor', r('aten::sigmoid', i!), r('aten::tanh', g!)));
    return [r('aten::mul.Tensor', r('aten::sigmoid', o!), r('aten::tanh', cy)), cy];
  }
  if (mode === 'gru') {
    const [ir, iz, inn] = chunks(gi, 3);
    const [hr, hz, hn] = chunks(gh, 3);
    const reset = r('aten::sigmoid', r('aten::add.Tensor', hr!, ir!));
    const update = r('aten::sigmoid', r('aten::add.Tensor', hz!, iz!));
    const n = r('aten::tanh', r('aten::add.Tensor', inn!, r('aten::mul.Tensor', hn!, reset)));
    return [r('aten::add.Tensor', r('aten::mul.Tensor', r('aten::sub.Tensor', h, n), update), n), null];
  }
  const s = r('aten::add.Tensor', gi, gh);
  return [r(mode === 'rnn_tanh' ? 'aten::tanh' : 'aten::relu', s), null];
}

/** The fused multi-layer op on leaves: [output, h_n, (c_n)]. */
function fused(mode: Mode, input: Tensor, hx: Tensor[], params: Tensor[], a: readonly IValue[]): Tensor[] {
  const [hasBiases, layers, p, train, bidirectional, batchFirst] = [a[3] === true, Number(a[4]), Number(a[5]), a[6] === true, a[7] === true, a[8] === true];
  if (p > 0 && train && layers > 1) throw new TorchError('NotImplementedError', `the derivative of ${mode} with dropout between layers is not implemented yet`);
  const D = bidirectional ? 2 : 1;
  const per = hasBiases ? 4 : 2;
  let seq = batchFirst ? r('aten::transpose.int', input, 0n, 1n) : input;
  const T = seq.shape[0]!;
  const hs: Tensor[] = [];
  const cs: Tensor[] = [];
  for (let l = 0; l < layers; l++) {
    const dirs: Tensor[] = [];
    for (let d = 0; d < D; d++) {
      const k = (l * D + d) * per;
      const w = { wIh: params[k]!, wHh: params[k + 1]!, bIh: hasBiases ? params[k + 2]! : null, bHh: hasBiases ? params[k + 3]! : null };
      let h = r('aten::select.int', hx[0]!, 0n, BigInt(l * D + d));
      let c = mode === 'lstm' ? r('aten::select.int', hx[1]!, 0n, BigInt(l * D + d)) : null;
      const outs: Tensor[] = new Array<Tensor>(T);
      for (let s = 0; s < T; s++) {
        const t = d === 1 ? T - 1 - s : s;
        [h, c] = cell(mode, r('aten::select.int', seq, 0n, BigInt(t)), h, c, w);
        outs[t] = h;
      }
      dirs.push(r('aten::stack', outs, 0n));
      hs.push(h);
      if (c !== null) cs.push(c);
    }
    seq = D === 1 ? dirs[0]! : r('aten::cat', dirs, 2n);
  }
  const output = batchFirst ? r('aten::transpose.int', seq, 0n, 1n) : seq;
  return [output, r('aten::stack', hs, 0n), ...(mode === 'lstm' ? [r('aten::stack', cs, 0n)] : [])];
}

for (const mode of ['lstm', 'gru', 'rnn_tanh', 'rnn_relu'] as const) {
  defineFormula(`aten::${mode}.input`, (grads, { args }) => {
    const input = leaf(args[0] as Tensor);
    const hx = (mode === 'lstm' ? (args[1] as Tensor[]) : [args[1] as Tensor]).map(leaf);
    const params = (args[2] as Tensor[]).map(leaf);
    const outs = fused(mode, input, hx, params, args);
    const g = gradsOf(outs, grads, [input, ...hx, ...params]);
    const gh = g.slice(1, 1 + hx.length);
    const result: ArgGrad[] = [g[0]!, mode === 'lstm' ? gh : gh[0]!, g.slice(1 + hx.length)];
    return result;
  });
  // The cells: (input, hx, w_ih, w_hh, b_ih, b_hh).
  defineFormula(`aten::${mode}_cell`, (grads, { args }) => {
    const input = leaf(args[0] as Tensor);
    const hx = (mode === 'lstm' ? (args[1] as Tensor[]) : [args[1] as Tensor]).map(leaf);
    const ws = args.slice(2, 6).map((w) => (w instanceof Tensor ? leaf(w) : null));
    const [h, c] = cell(mode, input, hx[0]!, hx[1] ?? null, { wIh: ws[0]!, wHh: ws[1]!, bIh: ws[2] ?? null, bHh: ws[3] ?? null });
    const leaves = [input, ...hx, ...ws.filter((w): w is Tensor => w !== null)];
    const g = gradsOf(c === null ? [h] : [h, c], grads, leaves);
    const gw = ws.map((w) => (w === null ? null : g[leaves.indexOf(w)]!));
    return [g[0]!, mode === 'lstm' ? g.slice(1, 3) : g[1]!, ...gw];
  });
}
