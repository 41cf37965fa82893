// Backward by recomputation: an op's forward rebuilt from registry ops on a private tape, and that
// tape differentiated (the recurrent ops, and composite ops such as cosine_similarity).
import type { IValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import { bindArguments, lookupOp, schemaOf } from '../ops/index';
import { recordOp } from './record';
import { grad } from './api';

// Note [Recomputed backward]: PyTorch's CPU LSTM/GRU/RNN (and cosine_similarity, group_norm, conv1d)
// are composite ops (linear, chunk, sigmoid, tanh, mul, add per step), so their gradient is the
// gradient of that composition. The formula rebuilds it from fresh leaves sharing the inputs'
// storage, recording each op as eager code would, then asks the engine for the leaves' gradients.
// Random ops (dropout between RNN layers) would need the forward's draws, so they are not supported.

/** Runs registry op `key` and records it when an input requires grad (the private tape). */
export function r(key: string, ...args: IValue[]): Tensor {
  const entry = lookupOp(key)!;
  const bound = bindArguments(schemaOf(entry), args, new Map())!;
  const out = entry.kernel!(bound);
  const outs = out instanceof Tensor ? [out] : Array.isArray(out) ? (out as Tensor[]) : [];
  const tracked = bound.some((a) => (a instanceof Tensor && a.requiresGrad) || (Array.isArray(a) && a.some((x) => x instanceof Tensor && x.requiresGrad)));
  if (tracked) {
    for (const o of outs) o.requiresGrad = true;
    recordOp(key, key, bound, outs, outs);
  }
  return out as Tensor;
}

/** A leaf sharing `t`'s storage, so the recomputation's gradients stop at the op's inputs. */
export function leaf(t: Tensor): Tensor {
  const l = t.asStrided(t.shape, t.strides, t.storageOffset);
  l.requiresGrad = true;
  return l;
}

/** Gradients of the recomputed `outputs` for `leaves`, zeros for a leaf they do not use. */
export function gradsOf(outputs: Tensor[], grads: readonly Tensor[], leaves: Tensor[]): Tensor[] {
  const got = grad(outputs, leaves, grads.slice(0, outputs.length), false, true);
  return leaves.map((l, i) => got[i] ?? (r('aten::zeros_like', l) as Tensor));
}

