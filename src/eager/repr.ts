// repr() and str() of every Python value, with PyTorch's tensor printing from src/runtime/format.
import { printOptions } from './print_options';
import { Tensor } from '../runtime/tensor';
import { DTypeValue, Device, DictValue, ScriptObject, TupleValue } from '../runtime/ivalue';
import { formatTensor, pyFloatRepr, pyStrRepr } from '../runtime/format';
import type { DTypeName } from '../runtime/format';
import type { Interpreter } from './interpreter';
import type { PyValue } from './objects';
import {
  PyBoundMethod,
  PyBuiltin,
  PyClass,
  PyEllipsis,
  PyFunction,
  PyInstance,
  PyModule,
  PyNative,
  PyRange,
  PySlice,
  PyTypingForm,
  SizeValue,
} from './objects';
import { NamedTupleValue, OrderedDictValue } from './ordered_dict';
import { isExceptionClass, exceptionArgs } from './errors';
import { gradFnOf } from './autograd';

/** `repr(t)` of a tensor (also `str(t)`), exactly as PyTorch 1.13 prints it. */
export function tensorRepr(t: Tensor): string {
  return formatTensor({ dtype: t.dtype as DTypeName, shape: t.shape, values: t.values(), requiresGrad: t.requiresGrad, gradFn: gradFnOf(t) ?? null, isParameter: t.isParameter }, printOptions);
}

function fakeAddress(v: object): string {
  void v;
  return '0x7f0000000000';
}

function items(it: Interpreter, xs: readonly PyValue[]): string {
  return xs.map((x) => reprOf(it, x)).join(', ');
}

export function reprOf(it: Interpreter, v: PyValue): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return v.toString();
    case 'number':
      return pyFloatRepr(v);
    case 'string':
      return pyStrRepr(v);
  }
  if (v instanceof Tensor) return tensorRepr(v);
  if (Array.isArray(v)) return `[${items(it, v)}]`;
  if (v instanceof SizeValue) return `torch.Size([${items(it, v.elements as PyValue[])}])`;
  if (v instanceof NamedTupleValue && v.className.startsWith('torch.return_types.')) {
    return `${v.className}(\n${v.names!.map((n, i) => `${n}=${reprOf(it, v.elements[i] as PyValue)}`).join(',\n')})`;
  }
  if (v instanceof NamedTupleValue) return `${v.className}(${v.names!.map((n, i) => `${n}=${reprOf(it, v.elements[i] as PyValue)}`).join(', ')})`;
  if (v instanceof TupleValue) {
    const el = v.elements as PyValue[];
    return el.length === 1 ? `(${reprOf(it, el[0]!)},)` : `(${items(it, el)})`;
  }
  if (v instanceof OrderedDictValue) {
    if (v.map.size === 0) return 'OrderedDict()';
    return `OrderedDict([${[...v.map].map(([k, x]) => `(${reprOf(it, k)}, ${reprOf(it, x as PyValue)})`).join(', ')}])`;
  }
  if (v instanceof DictValue) return `{${[...v.map].map(([k, x]) => `${reprOf(it, k)}: ${reprOf(it, x as PyValue)}`).join(', ')}}`;
  if (v instanceof Device) return v.index === null ? `device(type='${v.type}')` : `device(type='${v.type}', index=${v.index})`;
  if (v instanceof DTypeValue) return `torch.${v.dtype}`;
  if (v instanceof ScriptObject) return `<torch.ScriptObject object at ${fakeAddress(v)}>`;
  if (v instanceof PyInstance) {
    const r = v.cls.lookup('__repr__');
    if (r !== undefined) return it.str(it.call(r, [v]));
    if (isExceptionClass(v.cls)) return `${v.cls.name}(${items(it, exceptionArgs(v))})`;
    return `<${v.cls.moduleName}.${v.cls.name} object at ${fakeAddress(v)}>`;
  }
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${fakeAddress(v)}>`;
  if (v instanceof PyBuiltin) return `<built-in function ${v.name}>`;
  if (v instanceof PyBoundMethod) return `<bound method ${it.typeName(v.self)}.${it.str(it.getAttr(v.fn, '__name__'))} of ${reprOf(it, v.self)}>`;
  if (v instanceof PyClass) return v.moduleName === 'builtins' ? `<class '${v.name}'>` : `<class '${v.moduleName}.${v.name}'>`;
  if (v instanceof PyModule) return `<module '${v.name}'>`;
  if (v instanceof PyRange) return v.step === 1n ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice) return `slice(${reprOf(it, v.start)}, ${reprOf(it, v.stop)}, ${reprOf(it, v.step)})`;
  if (v instanceof PyEllipsis) return 'Ellipsis';
  if (v instanceof PyTypingForm) return v.args.length ? `typing.${v.name}[${v.args.map((a) => (a instanceof PyClass ? a.name : reprOf(it, a))).join(', ')}]` : `typing.${v.name}`;
  if (v instanceof PyNative && v.repr) return v.repr();
  return `<${it.typeName(v)} object at ${fakeAddress(v)}>`;
}

export function strOf(it: Interpreter, v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof Device) return v.toString();
  if (v instanceof PyInstance) {
    const s = v.cls.lookup('__str__');
    if (s !== undefined) return it.str(it.call(s, [v]));
    if (isExceptionClass(v.cls)) {
      const args = exceptionArgs(v);
      // KeyError's str is the repr of its key (`'b'`).
      if (args.length === 1 && isKeyError(v.cls)) return reprOf(it, args[0]!);
      return args.length === 0 ? '' : args.length === 1 ? strOf(it, args[0]!) : reprOf(it, new TupleValue(args as TupleValue['elements']));
    }
  }
  return reprOf(it, v);
}

function isKeyError(c: PyClass): boolean {
  return c.mro.some((k) => k.name === 'KeyError' && k.moduleName === 'builtins');
}
