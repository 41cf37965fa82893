// Random creation ops on the PyTorch-exact generator of src/runtime/random.
import { Tensor } from '../runtime/tensor';
import type { DType } from '../runtime/dtype';
import { DEFAULT_FLOAT, SCALAR_TYPE_NAME, castArray, isFloating, newHostArray } from '../runtime/dtype';
import { broadcastShapes } from '../runtime/broadcast';
import { binaryOp } from './elementwise';
import { TorchError } from '../runtime/errors';
import { normalFill, rand, randint, randn, randperm, uniformFill } from '../runtime/random';
import * as A from './args';
import { LIKE, OPTS } from './creation';
import { defineOp } from './registry';

// Note [Random kernels]: only the default generator is supported (a `generator=` argument must be
// None); float16 samples are drawn as float32, like a cast after sampling.

function floatSample(kind: 'rand' | 'randn', shape: readonly number[], dtype: DType | null): Tensor {
  const d = dtype ?? DEFAULT_FLOAT;
  if (d !== 'float32' && d !== 'float64' && d !== 'float16') {
    throw new TorchError('RuntimeError', `"${kind === 'rand' ? 'check_uniform_bounds' : 'normal_kernel_cpu'}" not implemented for '${d}'`);
  }
  const f = kind === 'rand' ? rand : randn;
  const data = f(shape, d === 'float64' ? 'float64' : 'float32');
  return Tensor.fromArray(d, shape, d === 'float16' ? castArray(data, d) : data);
}

const noGenerator = (v: unknown): void => {
  if (v !== null) throw new TorchError('NotImplementedError', 'explicit torch.Generator objects are not supported');
};

for (const kind of ['rand', 'randn'] as const) {
  defineOp(`aten::${kind}(int[] size, *, ${OPTS}) -> Tensor`, (a) => floatSample(kind, A.intList(a[0]), A.optDtype(a[1])));
  defineOp(`aten::${kind}.generator(int[] size, *, Generator? generator, ${OPTS}) -> Tensor`, (a) => {
    noGenerator(a[1]);
    return floatSample(kind, A.intList(a[0]), A.optDtype(a[2]));
  });
  defineOp(`aten::${kind}_like(Tensor self, *, ${LIKE}) -> Tensor`, (a) => {
    const t = A.tensor(a[0]);
    return floatSample(kind, t.shape, A.optDtype(a[1]) ?? t.dtype);
  });
}

function randintTensor(low: number, high: number, shape: readonly number[], dtype: DType | null): Tensor {
  const d = dtype ?? 'int64';
  if (low >= high) throw new TorchError('RuntimeError', `random_ expects 'from' to be less than 'to', but got from=${low} >= to=${high}`);
  return Tensor.fromValues(d, shape, randint(low, high, shape, d));
}
const RI = 'ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None';
defineOp(`aten::randint(int high, int[] size, *, ${RI}) -> Tensor`, (a) => randintTensor(0, A.int(a[0]), A.intList(a[1]), A.optDtype(a[2])));
defineOp(`aten::randint.low(int low, int high, int[] size, *, ${RI}) -> Tensor`, (a) =>
  randintTensor(A.int(a[0]), A.int(a[1]), A.intList(a[2]), A.optDtype(a[3])),
);
// randint_like and random_(from, to) draw as randint does (randint is empty(...).random_(low, high) in ATen).
const LIKE_RI = 'ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None';
defineOp(`aten::randint_like(Tensor self, int high, *, ${LIKE_RI}) -> Tensor`, (a) => {
  const t = A.tensor(a[0]);
  return randintTensor(0, A.int(a[1]), t.shape, A.optDtype(a[2]) ?? t.dtype);
});
defineOp(`aten::randint_like.low_dtype(Tensor self, int low, int high, *, ${LIKE_RI}) -> Tensor`, (a) => {
  const t = A.tensor(a[0]);
  return randintTensor(A.int(a[1]), A.int(a[2]), t.shape, A.optDtype(a[3]) ?? t.dtype);
});
// random_(5) means random_(to=5): the .to overload is tried first.
defineOp('aten::random_.to(Tensor(a!) self, int to, *, Generator? generator=None) -> Tensor(a!)', (a) => {
  const t = A.tensor(a[0]);
  return t.copy_(randintTensor(0, A.int(a[1]), t.shape, t.dtype));
});
defineOp('aten::random_.from(Tensor(a!) self, int from, int? to, *, Generator? generator=None) -> Tensor(a!)', (a) => {
  const t = A.tensor(a[0]);
  const to = A.optInt(a[2]);
  if (to === null) throw new TorchError('RuntimeError', 'random_(from, None) is not supported');
  return t.copy_(randintTensor(A.int(a[1]), to, t.shape, t.dtype));
});

defineOp(`aten::randperm(int n, *, ${RI}) -> Tensor`, (a) => {
  const n = A.int(a[0]);
  if (n < 0) throw new TorchError('RuntimeError', `n must be non-negative, got${n}`);
  return Tensor.fromValues(A.optDtype(a[1]) ?? 'int64', [n], randperm(n));
});

// In-place sampling (`w.uniform_(-0.5, 0.5)`): PyTorch draws numel values in the tensor's
// logical order for contiguous tensors, which is the order copy_ writes them back in.
function fillSampled(self: Tensor, fill: (out: Float32Array | Float64Array) => void): Tensor {
  if (self.dtype !== 'float32' && self.dtype !== 'float64' && self.dtype !== 'float16') {
    throw new TorchError('RuntimeError', `"check_uniform_bounds" not implemented for '${self.dtype}'`);
  }
  const out = self.dtype === 'float64' ? new Float64Array(self.numel) : new Float32Array(self.numel);
  fill(out);
  return self.copy_(Tensor.fromArray(self.dtype === 'float64' ? 'float64' : 'float32', self.shape, out));
}
defineOp('aten::uniform_(Tensor(a!) self, float from=0., float to=1., *, Generator? generator=None) -> Tensor(a!)', (a) => {
  noGenerator(a[3]);
  const [from, to] = [A.float(a[1]), A.float(a[2])];
  if (from > to) throw new TorchError('RuntimeError', `uniform_ expects to return a [from, to) range, but found from=${from} > to=${to}`);
  return fillSampled(A.tensor(a[0]), (out) => uniformFill(out, from, to));
});
defineOp('aten::normal_(Tensor(a!) self, float mean=0., float std=1., *, Generator? generator=None) -> Tensor(a!)', (a) => {
  noGenerator(a[3]);
  const [mean, std] = [A.float(a[1]), A.float(a[2])];
  if (std < 0) throw new TorchError('RuntimeError', `normal expects std >= 0.0, but found std ${std}`);
  return fillSampled(A.tensor(a[0]), (out) => normalFill(out, mean, std));
});

// Note [normal with tensor arguments]: ATen fills the output with normal_(0, std) (or
// normal_(0, 1)) and then adds the mean (after mul_(std)), each step rounded to the dtype.
function normalLike(shape: readonly number[], dtype: DType, std: number, mean = 0): Tensor {
  if (!isFloating(dtype)) throw new TorchError('RuntimeError', `"normal_kernel_cpu" not implemented for '${SCALAR_TYPE_NAME[dtype]}'`);
  const out = Tensor.fromArray(dtype, shape, newHostArray(dtype, shape.reduce((x, y) => x * y, 1)));
  return fillSampled(out, (buf) => normalFill(buf, mean, std));
}
function checkStd(std: Tensor | number): void {
  const bad = typeof std === 'number' ? std < 0 : std.values().some((v) => v < 0);
  if (bad) throw new TorchError('RuntimeError', `normal expects all elements of std >= 0.0`);
}
const mulAdd = (x: Tensor, std: Tensor | null, mean: Tensor | number): Tensor => {
  const scaled = std === null ? x : binaryOp(x, std, { host: (u, v) => u * v });
  return binaryOp(scaled, mean instanceof Tensor ? mean : { value: mean, operand: { dtype: 'float64', kind: 'wrapped' } }, { host: (u, v) => u + v });
};
defineOp('aten::normal.Tensor_float(Tensor mean, float std=1., *, Generator? generator=None) -> Tensor', (a) => {
  noGenerator(a[2]);
  const mean = A.tensor(a[0]);
  if (A.float(a[1]) < 0) throw new TorchError('RuntimeError', `normal expects std >= 0.0, but found std ${A.float(a[1])}`);
  return mulAdd(normalLike(mean.shape, mean.dtype, A.float(a[1])), null, mean);
});
defineOp('aten::normal.float_Tensor(float mean, Tensor std, *, Generator? generator=None) -> Tensor', (a) => {
  noGenerator(a[2]);
  const std = A.tensor(a[1]);
  checkStd(std);
  return mulAdd(normalLike(std.shape, std.dtype, 1), std, A.float(a[0]));
});
defineOp('aten::normal.Tensor_Tensor(Tensor mean, Tensor std, *, Generator? generator=None) -> Tensor', (a) => {
  noGenerator(a[2]);
  const [mean, std] = [A.tensor(a[0]), A.tensor(a[1])];
  checkStd(std);
  return mulAdd(normalLike(broadcastShapes(mean.shape, std.shape), mean.dtype, 1), std, mean);
});
defineOp(`aten::normal.float_float(float mean, float std, int[] size, *, Generator? generator=None, ${OPTS}) -> Tensor`, (a) => {
  noGenerator(a[3]);
  const [mean, std] = [A.float(a[0]), A.float(a[1])];
  if (std < 0) throw new TorchError('RuntimeError', `normal expects std >= 0.0, but found std ${std}`);
  return normalLike(A.intList(a[2]), A.optDtype(a[4]) ?? DEFAULT_FLOAT, std, mean);
});
