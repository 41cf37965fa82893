// Broadcasting shapes with PyTorch's error text.
import { TorchError } from './errors';

/** The broadcast of two shapes (torch.broadcast_shapes), with PyTorch's RuntimeError on mismatch. */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    const ia = i - (n - a.length);
    const ib = i - (n - b.length);
    const da = ia >= 0 ? a[ia] : 1;
    const db = ib >= 0 ? b[ib] : 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new TorchError(
        'RuntimeError',
        `The size of tensor a (${da}) must match the size of tensor b (${db}) at non-singleton dimension ${i}`,
      );
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

export function broadcastAll(shapes: readonly (readonly number[])[]): number[] {
  return shapes.reduce<number[]>((acc, s) => broadcastShapes(acc, s), []);
}
