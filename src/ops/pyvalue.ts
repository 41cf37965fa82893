// IValue -> the printer's PyValue, so str()/format()/print share src/runtime/format.
import type { IValue } from '../runtime/ivalue';
import { DTypeValue, Device, DictValue, ScriptObject, TupleValue } from '../runtime/ivalue';
import { Tensor } from '../runtime/tensor';
import type { PyValue } from '../runtime/format';
import { pyStr } from '../runtime/format';

export function toPyValue(v: IValue): PyValue {
  if (v instanceof Tensor) return { kind: 'tensor', tensor: { dtype: v.dtype, shape: v.shape, values: v.values() } };
  if (Array.isArray(v)) return v.map(toPyValue);
  if (v instanceof TupleValue) return { kind: 'tuple', items: v.elements.map(toPyValue) };
  if (v instanceof DictValue) return { kind: 'dict', entries: [...v.map].map(([k, x]) => [toPyValue(k), toPyValue(x)] as const) };
  if (v instanceof Device) return v.index === null ? { kind: 'device', type: v.type } : { kind: 'device', type: v.type, index: v.index };
  if (v instanceof DTypeValue) return { kind: 'dtype', name: v.dtype };
  if (v instanceof ScriptObject) return `<__torch__.${v.className} object>`;
  return v;
}

/** Python's str() of an IValue. */
export function ivalueStr(v: IValue): string {
  return pyStr(toPyValue(v));
}
