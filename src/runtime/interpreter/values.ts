// IR constants as runtime values, isinstance checks, and TorchScript's print format.
import type { IValue as IRValue, TensorConstant } from '../../ir/attributes';
import type { Type } from '../../ir/types';
import { DictType, ListType, OptionalType, TensorType, TupleType, UnionType } from '../../ir/types';
import { formatIValue } from '../format';
import type { DType } from '../dtype';
import type { IValue } from '../ivalue';
import { Device, DictValue, ScriptObject, TupleValue } from '../ivalue';
import { Tensor } from '../tensor';
import { toPyValue } from '../../ops/pyvalue';

const SCALAR_TYPES: Record<string, DType> = {
  Byte: 'uint8', Char: 'int8', Short: 'int16', Int: 'int32', Long: 'int64', Half: 'float16', Float: 'float32',
  Double: 'float64', Bool: 'bool',
};

function tensorConstant(t: TensorConstant): Tensor {
  if (t.payload instanceof Tensor) return t.payload;
  const dtype = SCALAR_TYPES[t.scalarType] ?? 'float32';
  const data = Array.from(t.data ?? [], (x) => Number(x));
  return Tensor.fromValues(dtype, t.sizes, data);
}

/** A prim::Constant's value as the runtime sees it (ints are bigints, Note [Int and float values]). */
export function runtimeConstant(v: IRValue): IValue {
  switch (v.kind) {
    case 'int':
      return BigInt(v.value);
    case 'float':
    case 'bool':
    case 'str':
      return v.value;
    case 'none':
      return null;
    case 'device': {
      const [type, index] = v.value.split(':');
      return new Device(type!, index === undefined ? null : Number(index));
    }
    case 'list':
      return v.items.map(runtimeConstant);
    case 'tuple':
      return new TupleValue(v.items.map(runtimeConstant));
    case 'tensor':
      return tensorConstant(v.value);
  }
}

/** True when `v` is an instance of `t` (prim::isinstance on refined values). */
export function isInstance(v: IValue, t: Type): boolean {
  if (t.kind === 'Any') return true;
  if (t instanceof OptionalType) return v === null || isInstance(v, t.elementType);
  if (t instanceof UnionType) return t.types.some((m) => isInstance(v, m));
  if (t instanceof TensorType) return v instanceof Tensor;
  if (t instanceof ListType) return Array.isArray(v);
  if (t instanceof TupleType) return v instanceof TupleValue && v.elements.length === t.elements.length;
  if (t instanceof DictType) return v instanceof DictValue;
  switch (t.kind) {
    case 'int':
      return typeof v === 'bigint';
    case 'float':
      return typeof v === 'number';
    case 'bool':
      return typeof v === 'boolean';
    case 'str':
      return typeof v === 'string';
    case 'NoneType':
      return v === null;
    case 'Number':
      return typeof v === 'bigint' || typeof v === 'number';
    case 'Device':
      return v instanceof Device;
    case 'Class':
      return v instanceof ScriptObject;
    default:
      return false;
  }
}

/** One line of prim::Print: values as C++ prints IValues (tensors in ATen's format). */
export function printLine(values: readonly IValue[]): string {
  return values.map((v) => formatIValue(toPyValue(v))).join(' ');
}
