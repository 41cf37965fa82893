// aten::einsum: the equation parsed as PyTorch 1.13 parses it, evaluated as one sum of products.
import { Tensor } from '../runtime/tensor';
import { contiguousStrides } from '../runtime/strided';
import { TorchError } from '../runtime/errors';
import * as A from './args';
import { defineOp } from './registry';

// Note [Einsum labels]: an ellipsis stands for the same broadcast dims in every operand; it is
// labelled '.' here. Without '->' the output is the ellipsis followed by the labels seen once,
// in PyTorch's order (upper case before lower case, each alphabetical).

const fail = (msg: string): never => {
  throw new TorchError('RuntimeError', `einsum(): ${msg}`);
};

const isLabel = (c: string): boolean => /^[a-zA-Z]$/.test(c);

/** One operand's subscripts with the ellipsis expanded to `ndim - letters` '.'-labels. */
function expandTerm(term: string, t: Tensor, k: number): string[] {
  const letters = term.replace('...', '');
  for (const c of letters) if (!isLabel(c)) fail(`invalid subscript given at index ${term.indexOf(c)} in the equation string, subscripts must be in [a-zA-Z]`);
  const hasEllipsis = term.includes('...');
  if (!hasEllipsis && letters.length !== t.ndim) {
    fail(`the number of subscripts in the equation (${letters.length}) does not match the number of dimensions (${t.ndim}) for operand ${k} and no ellipsis was given`);
  }
  if (hasEllipsis && letters.length > t.ndim) {
    fail(`the number of subscripts in the equation (${letters.length}) is more than the number of dimensions (${t.ndim}) for operand ${k}`);
  }
  const [before, after] = hasEllipsis ? term.split('...') : [term, ''];
  const dots = Array.from({ length: t.ndim - letters.length }, (_, i) => `.${i}`);
  return [...before, ...dots, ...after];
}

function einsum(equation: string, ops: Tensor[]): Tensor {
  const eq = equation.replace(/\s/g, '');
  const arrow = eq.indexOf('->');
  const lhs = arrow < 0 ? eq : eq.slice(0, arrow);
  const terms = lhs.split(',');
  if (terms.length > ops.length) fail('fewer operands were provided than specified in the equation');
  if (terms.length < ops.length) fail('more operands were provided than specified in the equation');
  const labels = terms.map((t, k) => expandTerm(t, ops[k], k));
  const ellipsisRank = Math.max(0, ...labels.map((l) => l.filter((x) => x.startsWith('.')).length));
  // Right-align the ellipsis dims across operands so they broadcast like numpy's.
  const aligned = labels.map((l) => {
    const n = l.filter((x) => x.startsWith('.')).length;
    return l.map((x) => (x.startsWith('.') ? `.${Number(x.slice(1)) + ellipsisRank - n}` : x));
  });
  const size = new Map<string, number>();
  aligned.forEach((l, k) =>
    l.forEach((x, d) => {
      const s = ops[k].shape[d];
      const prev = size.get(x);
      if (prev === undefined || prev === 1) size.set(x, s);
      else if (s !== prev && s !== 1) fail(`subscript ${x} has size ${s} for operand ${k} which does not broadcast with previously seen size ${prev}`);
    }),
  );
  const dotLabels = Array.from({ length: ellipsisRank }, (_, i) => `.${i}`);
  let out: string[];
  if (arrow < 0) {
    const counts = new Map<string, number>();
    for (const l of aligned) for (const x of l) if (!x.startsWith('.')) counts.set(x, (counts.get(x) ?? 0) + 1);
    const once = [...counts].filter(([, n]) => n === 1).map(([x]) => x);
    once.sort((a, b) => (a === a.toUpperCase()) !== (b === b.toUpperCase()) ? (a === a.toUpperCase() ? -1 : 1) : a < b ? -1 : 1);
    out = [...dotLabels, ...once];
  } else {
    const rhs = eq.slice(arrow + 2);
    const [before, after] = rhs.includes('...') ? rhs.split('...') : [rhs, ''];
    out = [...before, ...(rhs.includes('...') ? dotLabels : []), ...after];
    for (const x of out) {
      if (!x.startsWith('.') && !size.has(x)) fail(`output subscript ${x} does not appear in the equation for any input operand`);
    }
  }
  const summed = [...size.keys()].filter((x) => !out.includes(x));
  const all = [...out, ...summed];
  const extent = all.map((x) => size.get(x) ?? 1);
  const outShape = out.map((x) => size.get(x) ?? 1);
  const values = ops.map((t) => t.contiguous().values());
  // Per operand: the stride of each label in `all` (0 for absent or broadcast dims).
  const strides = aligned.map((l, k) => {
    const cs = contiguousStrides(ops[k].shape);
    return all.map((x) => l.reduce((acc, y, d) => (y === x && ops[k].shape[d] !== 1 ? acc + cs[d] : acc), 0));
  });
  const outN = outShape.reduce((a, b) => a * b, 1);
  const sumN = extent.slice(out.length).reduce((a, b) => a * b, 1);
  const res = new Float64Array(outN);
  const pos = new Array<number>(all.length).fill(0);
  for (let o = 0; o < outN; o++) {
    let acc = 0;
    for (let s = 0; s < sumN; s++) {
      let r = o * sumN + s;
      for (let d = all.length - 1; d >= 0; d--) {
        pos[d] = r % extent[d];
        r = Math.floor(r / extent[d]);
      }
      let prod = 1;
      for (let k = 0; k < ops.length; k++) {
        let at = 0;
        for (let d = 0; d < all.length; d++) at += pos[d] * strides[k][d];
        prod *= values[k][at];
      }
      acc += prod;
    }
    res[o] = acc;
  }
  return Tensor.fromValues(ops[0].dtype, outShape, res);
}

defineOp('aten::einsum(str equation, Tensor[] tensors, *, int[]? path=None) -> Tensor', (a) => {
  const ops = A.tensorList(a[1]);
  if (ops.length === 0) fail('must provide at least one operand');
  return einsum(A.str(a[0]), ops);
});
