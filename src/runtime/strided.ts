// Row-major walks over strided views: the one loop every host kernel uses to read and write.

/** Row-major strides of a contiguous tensor of `shape`. */
export function contiguousStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= Math.max(shape[i], 1);
  }
  return strides;
}

export function numelOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/**
 * Calls `body(storageIndex, i)` for each element of the view in row-major order; the innermost
 * dimension is a tight loop so copying a strided view costs one addition per element.
 */
function walk(shape: readonly number[], strides: readonly number[], offset: number, body: (off: number, i: number) => void): void {
  const nd = shape.length;
  const n = numelOf(shape);
  if (n === 0) return;
  if (nd === 0) {
    body(offset, 0);
    return;
  }
  const last = nd - 1;
  const ln = shape[last];
  const ls = strides[last];
  const idx = new Array<number>(nd).fill(0);
  let base = offset;
  let i = 0;
  for (;;) {
    for (let j = 0; j < ln; j++) body(base + j * ls, i++);
    if (i >= n) return;
    let d = last - 1;
    for (; d >= 0; d--) {
      idx[d]++;
      base += strides[d];
      if (idx[d] < shape[d]) break;
      base -= strides[d] * shape[d];
      idx[d] = 0;
    }
  }
}

/** Copies the view's elements into `out` (row-major). */
export function gather(src: ArrayLike<number>, shape: readonly number[], strides: readonly number[], offset: number, out: { [i: number]: number }): void {
  walk(shape, strides, offset, (off, i) => {
    out[i] = src[off];
  });
}

/** Writes row-major `values` into the view's elements in `dst`. */
export function scatter(dst: { [i: number]: number }, shape: readonly number[], strides: readonly number[], offset: number, values: ArrayLike<number>): void {
  walk(shape, strides, offset, (off, i) => {
    dst[off] = values[i];
  });
}

/** Storage indices of the view's elements in row-major order. */
export function offsetsOf(shape: readonly number[], strides: readonly number[], offset: number): Int32Array {
  const out = new Int32Array(numelOf(shape));
  walk(shape, strides, offset, (off, i) => {
    out[i] = off;
  });
  return out;
}
