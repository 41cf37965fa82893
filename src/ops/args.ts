// Reading kernel arguments (IValues) as JS values, with PyTorch's errors for wrong values.
import { Tensor } from '../runtime/tensor';
import type { IValue } from '../runtime/ivalue';
import { DTypeValue, TupleValue } from '../runtime/ivalue';
import type { DType, Operand } from '../runtime/dtype';
import { dtypeFromCode } from '../runtime/dtype';
import { TorchError } from '../runtime/errors';

/** Internal: the compiler and callOp guarantee argument types, so a mismatch is a bug. */
function bug(what: string, v: IValue): never {
  throw new Error(`kernel argument: expected ${what}, got ${describe(v)}`);
}

function describe(v: IValue): string {
  if (v === null) return 'None';
  if (v instanceof Tensor) return 'Tensor';
  if (Array.isArray(v)) return 'list';
  return typeof v === 'object' ? v.constructor.name : typeof v;
}

export function tensor(v: IValue): Tensor {
  return v instanceof Tensor ? v : bug('Tensor', v);
}

export function optTensor(v: IValue): Tensor | null {
  return v === null ? null : tensor(v);
}

/** A TorchScript int as a JS number. */
export function int(v: IValue): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return bug('int', v);
}

export function optInt(v: IValue): number | null {
  return v === null ? null : int(v);
}

export function float(v: IValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return bug('float', v);
}

export function optFloat(v: IValue): number | null {
  return v === null ? null : float(v);
}

export function bool(v: IValue): boolean {
  return typeof v === 'boolean' ? v : bug('bool', v);
}

export function str(v: IValue): string {
  return typeof v === 'string' ? v : bug('str', v);
}

export function optStr(v: IValue): string | null {
  return v === null ? null : str(v);
}

export function list(v: IValue): IValue[] {
  if (Array.isArray(v)) return v;
  if (v instanceof TupleValue) return v.elements;
  return bug('list', v);
}

/** An `int[N]` argument: a list, or one int broadcast to `n` entries (`stride=1`). */
export function intList(v: IValue, n = 1): number[] {
  if (typeof v === 'bigint') return new Array<number>(n).fill(Number(v));
  return list(v).map(int);
}

export function optIntList(v: IValue): number[] | null {
  return v === null ? null : intList(v);
}

export function tensorList(v: IValue): Tensor[] {
  return list(v).map(tensor);
}

/** A `ScalarType` argument: an int code (TorchScript) or a dtype object (eager). */
export function dtype(v: IValue): DType {
  if (v instanceof DTypeValue) return v.dtype;
  return dtypeFromCode(int(v));
}

export function optDtype(v: IValue): DType | null {
  return v === null ? null : dtype(v);
}

/** A Scalar argument as a number plus its promotion operand (a wrapped Python number). */
export interface ScalarArg {
  value: number;
  operand: Operand;
}

export function scalar(v: IValue): ScalarArg {
  if (typeof v === 'bigint') return { value: Number(v), operand: { dtype: 'int64', kind: 'wrapped' } };
  if (typeof v === 'number') return { value: v, operand: { dtype: 'float64', kind: 'wrapped' } };
  if (typeof v === 'boolean') return { value: v ? 1 : 0, operand: { dtype: 'bool', kind: 'wrapped' } };
  if (v instanceof Tensor) {
    if (v.numel !== 1) throw new TorchError('RuntimeError', `a Tensor with ${v.numel} elements cannot be converted to Scalar`);
    return { value: v.item(), operand: { dtype: v.dtype, kind: 'wrapped' } };
  }
  return bug('Scalar', v);
}

export function optScalar(v: IValue): ScalarArg | null {
  return v === null ? null : scalar(v);
}

/** The promotion operand of a tensor (0-d tensors rank below dimensioned ones). */
export function operandOf(t: Tensor): Operand {
  return { dtype: t.dtype, kind: t.ndim === 0 ? 'zero' : 'dim' };
}

/** Ints as IValues. */
export function ints(xs: readonly number[]): bigint[] {
  return xs.map((x) => BigInt(x));
}
