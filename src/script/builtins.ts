/**
 * What names in `torch`, `torch.nn.functional`, `math`, `typing` and Python's
 * builtins mean to the compiler (PyTorch's builtin tables in
 * torch/jit/_builtins.py and the sugared values of python_sugared_value.cpp).
 */
import { TensorType } from '../ir/types';
import { functionalFunction } from './stdlib';
import type { SpecialForm, SugaredValue } from './sugared_value';

/** ATen ScalarType numbers, the ints `torch.float32` and friends stand for. */
export const scalarTypeNumbers: Readonly<Record<string, number>> = {
  uint8: 0, int8: 1, int16: 2, short: 2, int32: 3, int: 3, int64: 4, long: 4, float16: 5, half: 5,
  float32: 6, float: 6, float64: 7, double: 7, complex32: 8, complex64: 9, cfloat: 9, complex128: 10,
  cdouble: 10, bool: 11, bfloat16: 15,
};

const specialForms: readonly SpecialForm[] = [
  'print', 'range', 'len', 'isinstance', 'enumerate', 'zip', 'int', 'float', 'bool', 'str', 'min', 'max',
  'abs', 'list', 'tuple', 'dict', 'hasattr', 'getattr', 'sum', 'any', 'all', 'round', 'divmod', 'ord',
  'chr', 'sorted', 'reversed', 'super',
];

const exceptions = new Set([
  'Exception', 'ValueError', 'RuntimeError', 'TypeError', 'AssertionError', 'IndexError', 'KeyError',
  'NotImplementedError', 'ZeroDivisionError', 'StopIteration', 'ArithmeticError', 'OverflowError',
]);

/** Python's builtin names, or undefined. */
export function pythonBuiltin(name: string): SugaredValue | undefined {
  if ((specialForms as readonly string[]).includes(name)) return { kind: 'special', form: name as SpecialForm };
  if (exceptions.has(name)) return { kind: 'exception', name };
  return undefined;
}

// Python functions of torch.nn.functional that lower to one operator (torch/jit/_builtins.py).
const functionalOps: Readonly<Record<string, string>> = { logsigmoid: 'aten::log_sigmoid' };

const mathConstants: Readonly<Record<string, number>> = {
  pi: Math.PI, e: Math.E, tau: 2 * Math.PI, inf: Infinity, nan: NaN,
};

/** A dotted path such as `torch.nn.functional.relu` or `math.pi`; undefined when unknown. */
export function resolveDotted(path: string): SugaredValue | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0) return ['torch', 'math', 'typing', 'typing_extensions'].includes(path) ? { kind: 'pymodule', name: path } : undefined;
  return moduleAttr(path.slice(0, dot), path.slice(dot + 1));
}

/** `module.name` for a Python module the compiler knows. */
export function moduleAttr(module: string, name: string): SugaredValue | undefined {
  switch (module) {
    case 'torch':
      return torchAttr(name);
    case 'torch.nn':
      if (name === 'functional') return { kind: 'pymodule', name: 'torch.nn.functional' };
      if (name === 'Module' || name === 'Parameter') return { kind: 'pymodule', name: `torch.nn.${name}` };
      return { kind: 'pymodule', name: `torch.nn.${name}` };
    case 'torch.nn.functional': {
      const fn = functionalFunction(name);
      if (fn) return { kind: 'function', fn };
      return { kind: 'builtin', name: functionalOps[name] ?? `aten::${name}` };
    }
    case 'torch.jit':
      if (name === 'annotate') return { kind: 'special', form: 'annotate' };
      if (name === 'is_scripting') return { kind: 'special', form: 'is_scripting' };
      if (name === 'isinstance') return { kind: 'special', form: 'isinstance' };
      return { kind: 'pymodule', name: `torch.jit.${name}` };
    // torch.special.expit is aten::special_expit (and likewise torch.linalg, torch.fft).
    case 'torch.special':
    case 'torch.linalg':
    case 'torch.fft':
      return { kind: 'builtin', name: `aten::${module.slice(6)}_${name}` };
    case 'math':
      if (name in mathConstants) return { kind: 'constant', value: { kind: 'float', value: mathConstants[name]! } };
      return { kind: 'builtin', name: `aten::${name}` };
    case 'typing':
    case 'typing_extensions':
      return { kind: 'pymodule', name: `typing.${name}` };
    default:
      return undefined;
  }
}

function torchAttr(name: string): SugaredValue {
  if (name in scalarTypeNumbers) return { kind: 'constant', value: { kind: 'int', value: scalarTypeNumbers[name]! } };
  if (name === 'no_grad') return { kind: 'special', form: 'torch.no_grad' };
  if (name === 'Tensor') return { kind: 'type', type: TensorType.get(), name: 'Tensor' };
  if (name === 'special' || name === 'linalg' || name === 'fft') return { kind: 'pymodule', name: `torch.${name}` };
  if (name === 'nn' || name === 'jit' || name === 'functional') {
    return { kind: 'pymodule', name: name === 'functional' ? 'torch.functional' : `torch.${name}` };
  }
  if (name === 'inf' || name === 'nan' || name === 'pi' || name === 'e') {
    return { kind: 'constant', value: { kind: 'float', value: mathConstants[name]! } };
  }
  return { kind: 'builtin', name: `aten::${name}` };
}
