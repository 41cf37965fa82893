// Python type names of runtime values (for error messages and `type(x).__name__`).
import { Tensor } from '../runtime/tensor';
import { DTypeValue, Device, DictValue, ScriptObject, TupleValue } from '../runtime/ivalue';
import type { PyValue } from './objects';
import { NamedTupleValue, OrderedDictValue } from './ordered_dict';
import {
  PyBoundMethod,
  PyBuiltin,
  PyClass,
  PyContextManager,
  PyEllipsis,
  PyFunction,
  PyInstance,
  PyIterator,
  PyModule,
  PyNative,
  PyRange,
  PySlice,
  PySuper,
  PyTypingForm,
  SizeValue,
} from './objects';

/** `type(v).__name__`. */
export function typeName(v: PyValue): string {
  if (v === null) return 'NoneType';
  switch (typeof v) {
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'boolean':
      return 'bool';
    case 'string':
      return 'str';
  }
  if (Array.isArray(v)) return 'list';
  if (v instanceof Tensor) return v.isParameter ? 'Parameter' : 'Tensor';
  if (v instanceof SizeValue) return 'Size';
  if (v instanceof NamedTupleValue) return v.className.slice(v.className.lastIndexOf('.') + 1);
  if (v instanceof TupleValue) return 'tuple';
  if (v instanceof OrderedDictValue) return 'OrderedDict';
  if (v instanceof DictValue) return 'dict';
  if (v instanceof Device) return 'device';
  if (v instanceof DTypeValue) return 'dtype';
  if (v instanceof ScriptObject) return v.className;
  if (v instanceof PyInstance) return v.cls.name;
  if (v instanceof PyFunction) return 'function';
  if (v instanceof PyBuiltin) return 'builtin_function_or_method';
  if (v instanceof PyBoundMethod) return 'method';
  if (v instanceof PyClass) return 'type';
  if (v instanceof PyModule) return 'module';
  if (v instanceof PyRange) return 'range';
  if (v instanceof PySlice) return 'slice';
  if (v instanceof PyIterator) return 'iterator';
  if (v instanceof PySuper) return 'super';
  if (v instanceof PyEllipsis) return 'ellipsis';
  if (v instanceof PyContextManager) return 'context_manager';
  if (v instanceof PyTypingForm) return '_GenericAlias';
  if (v instanceof PyNative) return v.typeName;
  return 'object';
}

/** The module `type(v)` prints for values of native classes (`<class 'torch.Size'>`). */
export function typeModule(v: PyValue): string {
  if (v instanceof Tensor) return v.isParameter ? 'torch.nn.parameter' : 'torch';
  if (v instanceof SizeValue || v instanceof DTypeValue || v instanceof Device) return 'torch';
  if (v instanceof NamedTupleValue && v.className.includes('.')) return v.className.slice(0, v.className.lastIndexOf('.'));
  if (v instanceof OrderedDictValue) return 'collections';
  return 'builtins';
}
