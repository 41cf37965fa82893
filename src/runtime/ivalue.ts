// IValue: the runtime value union shared by the eager interpreter, the tracer and the IR interpreter.
import { Tensor } from './tensor';
import type { DType } from './dtype';
import { SCALAR_TYPE_CODE } from './dtype';

// Note [Int and float values]: a TorchScript/Python `int` is a JS `bigint` (exact 64-bit, wraps with
// BigInt.asIntN(64, ...)), a `float` is a JS `number`, a `bool` is a JS `boolean`. So `typeof v`
// tells the three apart without boxing: 1n is `int`, 1 is `float 1.0`, true is `bool`.

/** Tuples (and NamedTuples) are immutable, unlike lists, which are plain JS arrays with aliasing. */
export class TupleValue {
  constructor(
    readonly elements: IValue[],
    /** The NamedTuple's field names, when it is one. */
    readonly names?: readonly string[],
  ) {}
}

/** A dict keyed by str, int, float, bool or Tensor (by identity), in insertion order. */
export class DictValue {
  readonly map = new Map<string | bigint | number | boolean | Tensor, IValue>();
  constructor(entries: Iterable<readonly [DictKey, IValue]> = []) {
    for (const [k, v] of entries) this.map.set(k, v);
  }
}

export type DictKey = string | bigint | number | boolean | Tensor;

/** torch.device. */
export class Device {
  constructor(
    readonly type: string,
    readonly index: number | null = null,
  ) {}
  toString(): string {
    return this.index === null ? this.type : `${this.type}:${this.index}`;
  }
}

/** A torch.dtype object in eager code (`torch.float32`); TorchScript graphs carry dtypes as ints. */
export class DTypeValue {
  constructor(readonly dtype: DType) {}
  get code(): bigint {
    return BigInt(SCALAR_TYPE_CODE[this.dtype]);
  }
}

/** An instance of a scripted class or module: its attributes by name. */
export class ScriptObject {
  readonly attributes = new Map<string, IValue>();
  constructor(readonly className: string) {}
}

export type IValue =
  | Tensor
  | bigint
  | number
  | boolean
  | string
  | null
  | IValue[]
  | TupleValue
  | DictValue
  | Device
  | DTypeValue
  | ScriptObject;

export function isInt(v: IValue): v is bigint {
  return typeof v === 'bigint';
}

export function isFloat(v: IValue): v is number {
  return typeof v === 'number';
}

export function isTensor(v: IValue): v is Tensor {
  return v instanceof Tensor;
}

/** A JS number as a TorchScript int (must be an integer). */
export function int(n: number): bigint {
  return BigInt(n);
}

/** Wraps to int64 after integer arithmetic (TorchScript ints overflow like C++ int64_t). */
export function wrapInt64(n: bigint): bigint {
  return BigInt.asIntN(64, n);
}
