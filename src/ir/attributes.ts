/** Node attributes (PyTorch's AttributeKind: i, f, s, is, fs, ss, t, ty, ival, g) and their printing. */
import { formatDouble, formatG, quoteString } from './format';
import type { Graph } from './graph';
import type { Type } from './types';

/**
 * A tensor held by a constant. The IR never computes with it (only src/ops and
 * src/runtime touch tfjs), so it is opaque apart from what printing needs.
 */
export interface TensorConstant {
  /** ATen scalar type name: `Float`, `Long`, `Bool`, ... */
  readonly scalarType: string;
  readonly sizes: readonly number[];
  /** Row-major elements, when known; used to print one-element tensors as `{2.5}`. */
  readonly data?: ArrayLike<number | bigint | boolean>;
  /** Whatever the runtime wants to keep (for example a tfjs tensor). */
  readonly payload?: unknown;
}

/** A structured constant value (PyTorch's IValue) for list, tuple and other constants. */
export type IValue =
  | { readonly kind: 'int'; readonly value: number | bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'device'; readonly value: string }
  | { readonly kind: 'list'; readonly items: readonly IValue[] }
  | { readonly kind: 'tuple'; readonly items: readonly IValue[] }
  | { readonly kind: 'tensor'; readonly value: TensorConstant };

export type Attribute =
  | { readonly kind: 'i'; readonly value: number | bigint }
  | { readonly kind: 'f'; readonly value: number }
  | { readonly kind: 's'; readonly value: string }
  | { readonly kind: 'is'; readonly value: readonly (number | bigint)[] }
  | { readonly kind: 'fs'; readonly value: readonly number[] }
  | { readonly kind: 'ss'; readonly value: readonly string[] }
  | { readonly kind: 't'; readonly value: TensorConstant }
  | { readonly kind: 'ty'; readonly value: Type }
  | { readonly kind: 'tys'; readonly value: readonly Type[] }
  | { readonly kind: 'ival'; readonly value: IValue }
  | { readonly kind: 'g'; readonly value: Graph };

const isFloating = (scalarType: string): boolean => /Float|Double|Half|BFloat16/.test(scalarType);

/** A tensor attribute as PyTorch prints it: `{2.5}` for one element, else `<Tensor>`. */
export function tensorConstantStr(t: TensorConstant): string {
  const numel = t.sizes.reduce((a, b) => a * b, 1);
  const item = t.data?.[0];
  if (numel !== 1 || item === undefined) return '<Tensor>';
  if (typeof item === 'boolean') return `{${item ? 1 : 0}}`;
  return `{${isFloating(t.scalarType) ? formatG(Number(item), 6) : String(item)}}`;
}

/** An IValue as PyTorch's `operator<<(ostream, IValue)` prints it. */
export function ivalueStr(v: IValue): string {
  switch (v.kind) {
    case 'int':
      return String(v.value);
    case 'float':
      return formatDouble(v.value);
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'str':
      return quoteString(v.value);
    case 'none':
      return 'None';
    case 'device':
      return v.value;
    case 'list':
      return `[${v.items.map(ivalueStr).join(', ')}]`;
    case 'tuple':
      return v.items.length === 1 ? `(${ivalueStr(v.items[0]!)},)` : `(${v.items.map(ivalueStr).join(', ')})`;
    case 'tensor':
      return tensorConstantStr(v.value);
  }
}

export function attributeStr(a: Attribute): string {
  switch (a.kind) {
    case 'i':
      return String(a.value);
    case 'f':
      return formatDouble(a.value);
    case 's':
      return quoteString(a.value);
    case 'is':
      return `[${a.value.map(String).join(', ')}]`;
    case 'fs':
      return `[${a.value.map(formatDouble).join(', ')}]`;
    case 'ss':
      return `[${a.value.map(quoteString).join(', ')}]`;
    case 't':
      return tensorConstantStr(a.value);
    case 'ty':
      return a.value.str();
    case 'tys':
      return `[${a.value.map((t) => t.str()).join(', ')}]`;
    case 'ival':
      return ivalueStr(a.value);
    case 'g':
      return '<Graph>';
  }
}
