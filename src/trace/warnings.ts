// TracerWarning texts, as PyTorch 1.13 words them (torch/csrc/jit/frontend/tracer.cpp, torch/_tensor.py).

/** A TracerWarning with the Python line that caused it. */
export interface TracerWarning {
  readonly category: 'TracerWarning';
  readonly message: string;
  readonly file: string;
  readonly line: number;
}

/** The Python value kinds a tensor can be converted to, with the word PyTorch's message uses. */
export type PythonConversion = 'bool' | 'int' | 'float' | 'number' | 'list' | 'index';

const conversionWord: Record<Exclude<PythonConversion, 'index'>, string> = {
  bool: 'a Python boolean',
  int: 'a Python integer',
  float: 'a Python float',
  number: 'a Python number',
  list: 'a Python list',
};

const DATAFLOW =
  " might cause the trace to be incorrect. We can't record the data flow of Python values, so this value will be treated as a constant in the future. This means that the trace might not generalize to other inputs!";

/** The message for `bool(t)`, `int(t)`, `float(t)`, `t.item()`, `t.tolist()`; undefined when PyTorch stays quiet. */
export function conversionMessage(kind: PythonConversion): string | undefined {
  if (kind === 'index') return undefined;
  return `Converting a tensor to ${conversionWord[kind]}${DATAFLOW}`;
}

export const ITERATION_MESSAGE =
  "Iterating over a tensor might cause the trace to be incorrect. Passing a tensor of different shape won't change the number of iterations executed (and might lead to errors or silently give incorrect results).";

export const TENSOR_CONSTRUCTOR_MESSAGE =
  'torch.tensor results are registered as constants in the trace. You can safely ignore this warning if you use this function to create tensors out of constant variables that would be the same every time you call this function. In any other case, this might cause the trace to be incorrect.';

/** `Output nr 1. of the traced function does not match the corresponding output of the Python function. ...`. */
export function outputMismatchMessage(index: number, matchWhat: string, detail: string): string {
  return `Output nr ${index + 1}. of the traced function does not match the corresponding output of the ${matchWhat}. Detailed error:\n${detail}`;
}

/** Python's `warnings` display: `main.py:9: TracerWarning: ...` then the stripped source line. */
export function formatWarning(w: TracerWarning, sourceLine?: string): string {
  const src = sourceLine === undefined ? '' : `  ${sourceLine.trim()}\n`;
  return `${w.file}:${w.line}: ${w.category}: ${w.message}\n${src}`;
}
