/**
 * `repr()` and `str()` of Python values as CPython 3 and PyTorch 1.13 print
 * them. Values use a small tagged model: JS `number` is a Python float,
 * `bigint` (or `{kind: 'int'}`) an int, `null` None, arrays are lists.
 */
import { pyFloatRepr } from './decimal';
import { formatTensor, type DTypeName, type PrintableTensor } from './tensor';

/** A Python value the printer understands. */
export type PyValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | readonly PyValue[]
  | { readonly kind: 'int'; readonly value: number | bigint }
  | { readonly kind: 'tuple'; readonly items: readonly PyValue[] }
  | { readonly kind: 'dict'; readonly entries: readonly (readonly [PyValue, PyValue])[] }
  | { readonly kind: 'size'; readonly dims: readonly number[] }
  | { readonly kind: 'dtype'; readonly name: DTypeName }
  | { readonly kind: 'device'; readonly type: string; readonly index?: number }
  | { readonly kind: 'tensor'; readonly tensor: PrintableTensor };

/** Tagged values that are not containers. */
export type TaggedLeaf = Extract<PyValue, { kind: 'size' | 'dtype' | 'device' | 'tensor' }>;

/**
 * Lists, tuples, dicts and tagged ints, with `item` formatting the elements;
 * null for any other value. Python and TorchScript share this layout.
 */
export function containerStr(v: PyValue, item: (x: PyValue) => string): string | null {
  if (Array.isArray(v)) return `[${v.map(item).join(', ')}]`;
  if (v === null || typeof v !== 'object') return null;
  const tagged = v as Exclude<PyValue, null | boolean | number | bigint | string | readonly PyValue[]>;
  switch (tagged.kind) {
    case 'int':
      return pyIntRepr(tagged.value);
    case 'tuple':
      return tagged.items.length === 1 ? `(${item(tagged.items[0]!)},)` : `(${tagged.items.map(item).join(', ')})`;
    case 'dict':
      return `{${tagged.entries.map(([k, x]) => `${item(k)}: ${item(x)}`).join(', ')}}`;
    default:
      return null;
  }
}

/** Python `repr(s)` for a str: single quotes unless only double quotes avoid escaping. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && /[\p{C}\p{Z}]/u.test(ch)) out += escapeCodePoint(cp);
    else out += ch;
  }
  return out + quote;
}

function escapeCodePoint(cp: number): string {
  const hex = cp.toString(16);
  if (cp < 0x100) return `\\x${hex.padStart(2, '0')}`;
  if (cp < 0x10000) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

/** Python `repr(i)` for an int. */
export function pyIntRepr(v: number | bigint): string {
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new TypeError(`not an int: ${v}`);
    return Object.is(v, -0) ? '0' : BigInt(v).toString();
  }
  return v.toString();
}

/** Python `repr(v)`. */
export function pyRepr(v: PyValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return pyFloatRepr(v);
  if (typeof v === 'bigint') return pyIntRepr(v);
  if (typeof v === 'string') return pyStrRepr(v);
  const container = containerStr(v, pyRepr);
  if (container !== null) return container;
  const tagged = v as TaggedLeaf;
  switch (tagged.kind) {
    case 'size':
      return `torch.Size([${tagged.dims.join(', ')}])`;
    case 'dtype':
      return `torch.${tagged.name}`;
    case 'device':
      return tagged.index === undefined ? `device(type='${tagged.type}')` : `device(type='${tagged.type}', index=${tagged.index})`;
    case 'tensor':
      return formatTensor(tagged.tensor);
  }
}

/** Python `str(v)`: like repr except for str itself and devices at the top level. */
export function pyStr(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const tagged = v as { kind: string; type?: string; index?: number };
    if (tagged.kind === 'device') return tagged.index === undefined ? tagged.type! : `${tagged.type}:${tagged.index}`;
  }
  return pyRepr(v);
}

/** What `print(*values)` writes, without the trailing newline. */
export function formatPrint(values: readonly PyValue[], sep = ' '): string {
  return values.map(pyStr).join(sep);
}

/** `str` or `repr` of a value, by name. */
export function formatPythonValue(v: PyValue, mode: 'str' | 'repr' = 'str'): string {
  return mode === 'str' ? pyStr(v) : pyRepr(v);
}
