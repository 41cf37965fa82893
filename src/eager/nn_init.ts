// torch.nn.init: in-place initialisers drawing from the PyTorch-exact generator of src/runtime/random.
import { Tensor } from '../runtime/tensor';
import { castArray } from '../runtime/dtype';
import { calculateFanInAndFanOut, calculateGain, normal } from '../runtime/random';
import type { Interpreter } from './interpreter';
import type { NativeFn, PyValue } from './objects';
import { PyBuiltin, PyModule, tupleOf } from './objects';
import { pyError } from './errors';
import { invokeOp } from './dispatch';
import { withoutGrad } from './autograd';
import { erf } from '../ops/unary';

function tensorArg(v: PyValue | undefined): Tensor {
  if (!(v instanceof Tensor)) throw pyError('TypeError', 'expected a Tensor');
  return v;
}

function num(v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === null) return dflt;
  return typeof v === 'bigint' ? Number(v) : typeof v === 'boolean' ? Number(v) : (v as number);
}

function write(t: Tensor, values: ArrayLike<number>): Tensor {
  t.assign(castArray(values, t.dtype));
  return t;
}

/** Tensor.uniform_ (the operator samples float64 tensors in double, as PyTorch). */
function uniformInto(t: Tensor, lo: number, hi: number): Tensor {
  withoutGrad(() => invokeOp('aten::uniform_', [t, lo, hi]));
  return t;
}

function fans(t: Tensor): { fanIn: number; fanOut: number } {
  if (t.ndim < 2) throw pyError('ValueError', 'Fan in and fan out can not be computed for tensor with fewer than 2 dimensions');
  return calculateFanInAndFanOut(t.shape);
}

function gainOf(nonlinearity: PyValue | undefined, param: PyValue | undefined): number {
  try {
    return calculateGain(String(nonlinearity ?? 'leaky_relu'), param === undefined || param === null ? undefined : num(param, 0));
  } catch (e) {
    throw pyError('ValueError', e instanceof Error ? e.message : String(e));
  }
}

/** The `torch.nn.init` module. */
export function makeInitModule(it: Interpreter): PyModule {
  const m = new PyModule('torch.nn.init');
  const arg = (a: PyValue[], kw: Map<string, PyValue>, i: number, name: string) => (a[i] !== undefined ? a[i] : kw.get(name));
  const fns: Record<string, NativeFn> = {
    uniform_: (a, kw) => {
      const t = tensorArg(a[0]);
      return uniformInto(t, num(arg(a, kw, 1, 'a'), 0), num(arg(a, kw, 2, 'b'), 1));
    },
    normal_: (a, kw) => {
      const t = tensorArg(a[0]);
      return write(t, normal(t.shape, num(arg(a, kw, 1, 'mean'), 0), num(arg(a, kw, 2, 'std'), 1)));
    },
    constant_: (a, kw) => tensorArg(a[0]).fill_(num(arg(a, kw, 1, 'val'), 0)),
    ones_: (a) => tensorArg(a[0]).fill_(1),
    eye_: (a) => {
      const t = tensorArg(a[0]);
      if (t.ndim !== 2) throw pyError('ValueError', 'Only tensors with 2 dimensions are supported');
      const [rows, cols] = t.shape as [number, number];
      return write(t, Array.from({ length: rows * cols }, (_, k) => (Math.floor(k / cols) === k % cols ? 1 : 0)));
    },
    dirac_: (a, kw) => {
      // A delta at the centre of each kernel: out channel (g, d) reads in channel d, for d < min(out/groups, in).
      const t = tensorArg(a[0]);
      if (t.ndim < 3 || t.ndim > 5) throw pyError('ValueError', 'Only tensors with 3, 4, or 5 dimensions are supported');
      const groups = num(arg(a, kw, 1, 'groups'), 1);
      const outPerGroup = Math.floor(t.shape[0]! / groups);
      const minDim = Math.min(outPerGroup, t.shape[1]!);
      const spatial = t.shape.slice(2);
      const plane = spatial.reduce((x, y) => x * y, 1);
      const centre = spatial.reduce((acc, s) => acc * s + Math.floor(s / 2), 0);
      const values = new Array<number>(t.numel).fill(0);
      for (let g = 0; g < groups; g++) {
        for (let d = 0; d < minDim; d++) values[((g * outPerGroup + d) * t.shape[1]! + d) * plane + centre] = 1;
      }
      return write(t, values);
    },
    zeros_: (a) => tensorArg(a[0]).fill_(0),
    trunc_normal_: (a, kw) => {
      // As torch.nn.init._no_grad_trunc_normal_: uniform in [2l-1, 2u-1], then erfinv_, mul_, add_, clamp_.
      const t = tensorArg(a[0]);
      const [mean, std] = [num(arg(a, kw, 1, 'mean'), 0), num(arg(a, kw, 2, 'std'), 1)];
      const [lo, hi] = [num(arg(a, kw, 3, 'a'), -2), num(arg(a, kw, 4, 'b'), 2)];
      const cdf = (x: number): number => (1 + erf(x / Math.SQRT2)) / 2;
      const [l, u] = [cdf((lo - mean) / std), cdf((hi - mean) / std)];
      withoutGrad(() => {
        invokeOp('aten::uniform_', [t, 2 * l - 1, 2 * u - 1]);
        invokeOp('aten::erfinv_', [t]);
        invokeOp('aten::mul_', [t, std * Math.SQRT2]);
        invokeOp('aten::add_', [t, mean]);
        invokeOp('aten::clamp_', [t, lo, hi]);
      });
      return t;
    },
    calculate_gain: (a, kw) => gainOf(arg(a, kw, 0, 'nonlinearity'), arg(a, kw, 1, 'param')),
    _calculate_fan_in_and_fan_out: (a) => {
      const { fanIn, fanOut } = fans(tensorArg(a[0]));
      return tupleOf([BigInt(fanIn), BigInt(fanOut)]);
    },
    kaiming_uniform_: (a, kw) => {
      const t = tensorArg(a[0]);
      const { fanIn, fanOut } = fans(t);
      const fan = String(arg(a, kw, 2, 'mode') ?? 'fan_in') === 'fan_in' ? fanIn : fanOut;
      const bound = Math.sqrt(3.0) * (gainOf(arg(a, kw, 3, 'nonlinearity'), arg(a, kw, 1, 'a') ?? 0n) / Math.sqrt(fan));
      return uniformInto(t, -bound, bound);
    },
    kaiming_normal_: (a, kw) => {
      const t = tensorArg(a[0]);
      const { fanIn, fanOut } = fans(t);
      const fan = String(arg(a, kw, 2, 'mode') ?? 'fan_in') === 'fan_in' ? fanIn : fanOut;
      return write(t, normal(t.shape, 0, gainOf(arg(a, kw, 3, 'nonlinearity'), arg(a, kw, 1, 'a') ?? 0n) / Math.sqrt(fan)));
    },
    xavier_uniform_: (a, kw) => {
      const t = tensorArg(a[0]);
      const { fanIn, fanOut } = fans(t);
      const bound = Math.sqrt(3.0) * num(arg(a, kw, 1, 'gain'), 1) * Math.sqrt(2.0 / (fanIn + fanOut));
      return uniformInto(t, -bound, bound);
    },
    xavier_normal_: (a, kw) => {
      const t = tensorArg(a[0]);
      const { fanIn, fanOut } = fans(t);
      return write(t, normal(t.shape, 0, num(arg(a, kw, 1, 'gain'), 1) * Math.sqrt(2.0 / (fanIn + fanOut))));
    },
  };
  for (const [k, f] of Object.entries(fns)) m.dict.set(k, new PyBuiltin(k, f));
  void it;
  return m;
}
