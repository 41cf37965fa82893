/**
 * Constants as `.code` spells them (PyTorch's `IValue::repr` with python_print's formatter)
 * and schema defaults as IValues, so the printer can drop trailing arguments that equal their
 * defaults (PyTorch's CalculateNecessaryArgs).
 */
import type { IValue, TensorConstant } from './attributes';
import { ivalueStr } from './attributes';
import { quoteString } from './format';
import type { Argument } from './schema';
import { ListType, OptionalType } from './types';
import type { Type } from './types';

/**
 * True when two tensor constants are one entry of the printed constant table: PyTorch's
 * getOrAddConstant reuses an entry of the same dtype whose elements are all equal.
 */
export function sameTensorConstant(a: TensorConstant, b: TensorConstant): boolean {
  if (a === b) return true;
  if (a.scalarType !== b.scalarType || a.sizes.join() !== b.sizes.join() || !a.data || !b.data || a.data.length !== b.data.length) return false;
  for (let i = 0; i < a.data.length; i++) if (Number(a.data[i]) !== Number(b.data[i])) return false;
  return true;
}

/** A constant as Python source: `1.`, `"a"`, `[1, 2]`, `torch.device("cpu")`; tensors go to `tensorRef`. */
export function constantSource(v: IValue, tensorRef: (t: TensorConstant) => string): string {
  switch (v.kind) {
    case 'device':
      return `torch.device(${quoteString(v.value)})`;
    case 'list':
      return `[${v.items.map((x) => constantSource(x, tensorRef)).join(', ')}]`;
    case 'tuple': {
      const items = v.items.map((x) => constantSource(x, tensorRef));
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
    }
    case 'tensor':
      return tensorRef(v.value);
    default:
      return ivalueStr(v);
  }
}

// Defaults spelled as C++ enum names in schemas; at runtime they are ints.
const ENUM_DEFAULTS: Record<string, number> = {
  contiguous_format: 0,
  preserve_format: 1,
  channels_last: 2,
  channels_last_3d: 3,
  strided: 0,
  long: 4,
  Mean: 1,
  Sum: 2,
};

/** The default of `arg` as an IValue typed by the argument (`float eps=1` is the float 1.). */
export function defaultIValue(arg: Argument): IValue | undefined {
  const text = arg.defaultText;
  if (text === undefined) return undefined;
  return toIValue(arg.defaultValue!, text, arg.type);
}

function baseKind(t: Type): string {
  const inner = t instanceof OptionalType ? t.elementType : t;
  return inner instanceof ListType ? baseKind(inner.elementType) : inner.kind;
}

function toIValue(v: NonNullable<Argument['defaultValue']>, text: string, type: Type): IValue {
  if (v === null) return { kind: 'none' };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (Array.isArray(v)) {
    const items = text.slice(1, -1).split(',').map((s) => s.trim());
    return { kind: 'list', items: (v as NonNullable<Argument['defaultValue']>[]).map((x, i) => toIValue(x, items[i] ?? '', type)) };
  }
  if (typeof v === 'string') {
    if (!text.startsWith('"') && !text.startsWith("'") && v in ENUM_DEFAULTS) return { kind: 'int', value: ENUM_DEFAULTS[v]! };
    return { kind: 'str', value: v };
  }
  const kind = baseKind(type);
  const looksFloat = /[.e]|inf|nan/i.test(text);
  if (kind === 'float' || (kind !== 'int' && kind !== 'SymInt' && looksFloat)) return { kind: 'float', value: v as number };
  return { kind: 'int', value: v as number };
}

/** IValue equality with PyTorch's tags: the int 1 differs from the float 1. */
export function ivalueEqual(a: IValue, b: IValue): boolean {
  switch (a.kind) {
    case 'int':
      return b.kind === 'int' && BigInt(a.value) === BigInt(b.value);
    case 'float':
    case 'bool':
    case 'str':
    case 'device':
      return b.kind === a.kind && b.value === a.value;
    case 'none':
      return b.kind === 'none';
    case 'list':
    case 'tuple':
      return b.kind === a.kind && a.items.length === b.items.length && a.items.every((x, i) => ivalueEqual(x, b.items[i]!));
    case 'tensor':
      return false;
  }
}
