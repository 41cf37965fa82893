export { formatExponent, formatFixed, pyFloatRepr } from './decimal';
export { DEFAULT_PRINT_OPTIONS, formatTensor, shapeTupleStr, tensorBodyStr } from './tensor';
export type { DTypeName, PrintOptions, PrintableTensor, TensorValues } from './tensor';
export { formatPrint, formatPythonValue, pyIntRepr, pyRepr, pyStr, pyStrRepr } from './python';
export type { PyValue } from './python';
export { formatIValue, formatIValueFloat } from './ivalue';
