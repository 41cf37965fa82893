/** TorchScript types of module attribute values, read from the eager instance. */
import {
  BoolType, DictType, FloatType, IntType, ListType, NoneType, StringType, TensorType, TupleType,
} from '../ir/types';
import type { Type } from '../ir/types';
import type { PyValue } from '../eager/objects';
import { DictValue, TupleValue } from '../runtime/ivalue';
import { isTensor } from './python_resolver';

/** The TorchScript type of an attribute's current value. */
export function typeOfPyValue(v: PyValue): Type | undefined {
  if (v === null) return NoneType;
  if (typeof v === 'bigint') return IntType;
  if (typeof v === 'number') return FloatType;
  if (typeof v === 'boolean') return BoolType;
  if (typeof v === 'string') return StringType;
  if (isTensor(v)) return TensorType.get();
  if (v instanceof TupleValue) {
    const items = v.elements.map((x) => typeOfPyValue(x as PyValue));
    return items.every((x) => x) ? new TupleType(items as Type[]) : undefined;
  }
  if (Array.isArray(v)) {
    // An empty list or dict has no type to infer ("List trace inputs must have elements").
    if (v.length === 0) return undefined;
    const first = typeOfPyValue(v[0]);
    return first && new ListType(first);
  }
  if (v instanceof DictValue) {
    const [k, val] = [...v.map][0] ?? [];
    if (k === undefined) return undefined;
    const kt = typeOfPyValue(k as PyValue);
    const vt = typeOfPyValue(val as PyValue);
    return kt && vt ? new DictType(kt, vt) : undefined;
  }
  return undefined;
}
