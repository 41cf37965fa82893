// torch.finfo / torch.iinfo: the limits of a dtype, with PyTorch's attributes and repr.
import type { DType } from '../runtime/dtype';
import { DTypeValue } from '../runtime/ivalue';
import type { Interpreter } from './interpreter';
import type { PyValue } from './objects';
import { PyNative } from './objects';
import { pyError } from './errors';
import { formatValue } from './format_spec';

interface FloatLimits {
  bits: bigint;
  eps: number;
  max: number;
  tiny: number;
  resolution: number;
}

const FLOAT_LIMITS: Partial<Record<DType, FloatLimits>> = {
  float32: { bits: 32n, eps: 2 ** -23, max: 3.4028234663852886e38, tiny: 2 ** -126, resolution: 1e-6 },
  float64: { bits: 64n, eps: 2 ** -52, max: Number.MAX_VALUE, tiny: 2 ** -1022, resolution: 1e-15 },
  float16: { bits: 16n, eps: 2 ** -10, max: 65504, tiny: 2 ** -14, resolution: 0.001 },
};

const INT_LIMITS: Partial<Record<DType, [bigint, bigint, bigint]>> = {
  uint8: [8n, 0n, 255n],
  int8: [8n, -128n, 127n],
  int16: [16n, -32768n, 32767n],
  int32: [32n, -2147483648n, 2147483647n],
  int64: [64n, -9223372036854775808n, 9223372036854775807n],
};

function dtypeArg(v: PyValue | undefined, fallback: DType): DType {
  if (v === undefined || v === null) return fallback;
  if (v instanceof DTypeValue) return v.dtype;
  throw pyError('TypeError', 'finfo(): argument \'type\' must be torch.dtype');
}

export class FinfoObject extends PyNative {
  readonly typeName = 'finfo';
  private readonly limits: FloatLimits;
  constructor(
    private readonly it: Interpreter,
    readonly dtype: DType,
  ) {
    super();
    const l = FLOAT_LIMITS[dtype];
    if (l === undefined) throw pyError('TypeError', 'torch.finfo() requires a floating point input type. Use torch.iinfo to handle \'torch.finfo\'');
    this.limits = l;
  }
  override getAttr(name: string): PyValue | undefined {
    const l = this.limits;
    const attrs: Record<string, PyValue> = { bits: l.bits, eps: l.eps, max: l.max, min: -l.max, tiny: l.tiny, smallest_normal: l.tiny, resolution: l.resolution, dtype: this.dtype };
    return attrs[name];
  }
  override repr(): string {
    const g = (v: number): string => formatValue(this.it, v, '.6');
    const l = this.limits;
    return `finfo(resolution=${g(l.resolution)}, min=${g(-l.max)}, max=${g(l.max)}, eps=${g(l.eps)}, smallest_normal=${g(l.tiny)}, tiny=${g(l.tiny)}, dtype=${this.dtype})`;
  }
}

export class IinfoObject extends PyNative {
  readonly typeName = 'iinfo';
  private readonly limits: [bigint, bigint, bigint];
  constructor(
    private readonly it: Interpreter,
    readonly dtype: DType,
  ) {
    super();
    const l = INT_LIMITS[dtype];
    if (l === undefined) throw pyError('TypeError', 'torch.iinfo() requires an integer input type. Use torch.finfo to handle \'torch.iinfo\'');
    this.limits = l;
  }
  override getAttr(name: string): PyValue | undefined {
    const [bits, min, max] = this.limits;
    const attrs: Record<string, PyValue> = { bits, min, max, dtype: this.dtype };
    return attrs[name];
  }
  override repr(): string {
    const g = (v: bigint): string => formatValue(this.it, Number(v), '.6');
    return `iinfo(min=${g(this.limits[1])}, max=${g(this.limits[2])}, dtype=${this.dtype})`;
  }
}

export function finfo(it: Interpreter, args: readonly PyValue[]): FinfoObject {
  return new FinfoObject(it, dtypeArg(args[0], 'float32'));
}

export function iinfo(it: Interpreter, args: readonly PyValue[]): IinfoObject {
  if (args[0] === undefined) throw pyError('TypeError', 'iinfo() missing required argument \'type\' (pos 1)');
  return new IinfoObject(it, dtypeArg(args[0], 'int64'));
}
