/**
 * `repr(tensor)` as PyTorch 1.13 prints it (`torch/_tensor_str.py` with the
 * default print options), computed from plain data: dtype, shape and the
 * flat row-major values.
 */
import { formatExponent, formatFixed } from './decimal';

/** Dtype names the printer knows, as in `torch.<name>`. */
export type DTypeName = 'float32' | 'float64' | 'float16' | 'int64' | 'int32' | 'int16' | 'int8' | 'uint8' | 'bool';

/** Element storage accepted by the printer; int64 may be numbers or bigints, bool may be 0/1. */
export type TensorValues = ArrayLike<number> | ArrayLike<bigint> | ArrayLike<boolean> | ArrayLike<number | bigint | boolean>;

/** What the printer needs to know about a tensor. */
export interface PrintableTensor {
  dtype: DTypeName;
  shape: readonly number[];
  values: TensorValues;
  requiresGrad?: boolean;
  /** Prints as `Parameter containing:` followed by the tensor. */
  isParameter?: boolean;
  /** Class name of the grad_fn node, e.g. `AddBackward0`. */
  gradFn?: string | null;
}

/** `torch._tensor_str.PRINT_OPTS` (defaults of `set_printoptions(profile='default')`). */
export interface PrintOptions {
  precision: number;
  threshold: number;
  edgeitems: number;
  linewidth: number;
  sciMode: boolean | null;
}

export const DEFAULT_PRINT_OPTIONS: Readonly<PrintOptions> = {
  precision: 4,
  threshold: 1000,
  edgeitems: 3,
  linewidth: 80,
  sciMode: null,
};

const DEFAULT_DTYPES: ReadonlySet<DTypeName> = new Set(['float32', 'int64', 'bool']);

function isFloating(dtype: DTypeName): boolean {
  return dtype === 'float32' || dtype === 'float64' || dtype === 'float16';
}

/** Element at flat index as a JS value: number for floats, bigint/number for ints, boolean for bool. */
function elementAt(t: PrintableTensor, i: number): number | bigint | boolean {
  const v = t.values[i]!;
  if (t.dtype === 'bool') return typeof v === 'boolean' ? v : Number(v) !== 0;
  if (isFloating(t.dtype)) return Number(v);
  return v;
}

/** `"{}".format(v)` for an element of an integer or bool tensor. */
function intStr(v: number | bigint | boolean): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  // Integers past 2^53 print all their digits (int64 min is -9223372036854775808, not ...6000).
  if (typeof v === 'number') return Object.is(v, -0) ? '0' : Number.isInteger(v) ? BigInt(v).toString() : String(v);
  return v.toString();
}

/** Mirrors `_Formatter`: picks int, fixed or scientific mode and the column width. */
class Formatter {
  private readonly floating: boolean;
  private intMode = true;
  private sciMode = false;
  maxWidth = 1;

  constructor(
    dtype: DTypeName,
    shown: readonly (number | bigint | boolean)[],
    private readonly opts: PrintOptions,
  ) {
    this.floating = isFloating(dtype);
    if (!this.floating) {
      for (const v of shown) this.maxWidth = Math.max(this.maxWidth, intStr(v).length);
    } else {
      this.initFloat(shown as readonly number[]);
    }
    if (opts.sciMode !== null) this.sciMode = opts.sciMode;
  }

  private initFloat(shown: readonly number[]): void {
    const vals = shown.filter((v) => Number.isFinite(v) && v !== 0);
    if (vals.length === 0) return;
    const abs = vals.map(Math.abs);
    const min = Math.min(...abs);
    const max = Math.max(...abs);
    this.intMode = vals.every((v) => v === Math.ceil(v));
    const p = this.opts.precision;
    let widthOf: (v: number) => number;
    if (max / min > 1000.0 || max > 1.0e8 || (!this.intMode && min < 1.0e-4)) {
      this.sciMode = true;
      widthOf = (v) => formatExponent(v, p).length;
    } else if (this.intMode) {
      widthOf = (v) => formatFixed(v, 0).length + 1;
    } else {
      widthOf = (v) => formatFixed(v, p).length;
    }
    for (const v of vals) this.maxWidth = Math.max(this.maxWidth, widthOf(v));
  }

  format(value: number | bigint | boolean): string {
    let ret: string;
    if (!this.floating) {
      ret = intStr(value);
    } else {
      const v = value as number;
      if (this.sciMode) {
        ret = formatExponent(v, this.opts.precision);
      } else if (this.intMode) {
        ret = formatFixed(v, 0);
        if (Number.isFinite(v)) ret += '.';
      } else {
        ret = formatFixed(v, this.opts.precision);
      }
    }
    return ret.padStart(this.maxWidth, ' ');
  }
}

/** Row-major view: a flat offset plus the remaining shape. */
interface View {
  offset: number;
  shape: readonly number[];
}

function strideOf(shape: readonly number[]): number {
  return shape.slice(1).reduce((a, b) => a * b, 1);
}

/** Indices of dimension 0 that are printed (first/last `edgeitems` when summarising). */
function shownIndices(size: number, summarize: boolean, edge: number): number[] | null {
  if (summarize && size > 2 * edge) return null;
  return Array.from({ length: size }, (_, i) => i);
}

function edgeIndices(size: number, edge: number): [number[], number[]] {
  const head = Array.from({ length: edge }, (_, i) => i);
  const tail = Array.from({ length: edge }, (_, i) => size - edge + i);
  return [head, tail];
}

/** `get_summarized_data`, flattened: the elements that will appear on screen. */
function collectShown(t: PrintableTensor, view: View, summarize: boolean, opts: PrintOptions, out: (number | bigint | boolean)[]): void {
  if (view.shape.length === 0) {
    out.push(elementAt(t, view.offset));
    return;
  }
  const [size, ...rest] = view.shape as [number, ...number[]];
  const stride = strideOf(view.shape);
  const all = shownIndices(size, summarize, opts.edgeitems);
  const idx = all ?? edgeIndices(size, opts.edgeitems).flat();
  for (const i of idx) collectShown(t, { offset: view.offset + i * stride, shape: rest }, summarize, opts, out);
}

function vectorStr(t: PrintableTensor, view: View, indent: number, summarize: boolean, fmt: Formatter, opts: PrintOptions): string {
  const elementLength = fmt.maxWidth + 2;
  const perLine = Math.max(1, Math.floor((opts.linewidth - indent) / elementLength));
  const size = view.shape[0]!;
  const all = shownIndices(size, summarize, opts.edgeitems);
  const fmtAt = (i: number) => fmt.format(elementAt(t, view.offset + i));
  let data: string[];
  if (all) {
    data = all.map(fmtAt);
  } else {
    const [head, tail] = edgeIndices(size, opts.edgeitems);
    data = [...head.map(fmtAt), ' ...', ...tail.map(fmtAt)];
  }
  const lines: string[] = [];
  for (let i = 0; i < data.length; i += perLine) lines.push(data.slice(i, i + perLine).join(', '));
  return `[${lines.join(`,\n${' '.repeat(indent + 1)}`)}]`;
}

function tensorStrWithFormatter(t: PrintableTensor, view: View, indent: number, summarize: boolean, fmt: Formatter, opts: PrintOptions): string {
  const dim = view.shape.length;
  if (dim === 0) return fmt.format(elementAt(t, view.offset));
  if (dim === 1) return vectorStr(t, view, indent, summarize, fmt, opts);
  const [size, ...rest] = view.shape as [number, ...number[]];
  const stride = strideOf(view.shape);
  const sub = (i: number) => tensorStrWithFormatter(t, { offset: view.offset + i * stride, shape: rest }, indent + 1, summarize, fmt, opts);
  const all = shownIndices(size, summarize, opts.edgeitems);
  let slices: string[];
  if (all) {
    slices = all.map(sub);
  } else {
    const [head, tail] = edgeIndices(size, opts.edgeitems);
    slices = [...head.map(sub), '...', ...tail.map(sub)];
  }
  return `[${slices.join(`,${'\n'.repeat(dim - 1)}${' '.repeat(indent + 1)}`)}]`;
}

function numel(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** `_tensor_str(self, indent)`: the bracketed body without prefix or suffixes. */
export function tensorBodyStr(t: PrintableTensor, indent: number, opts: PrintOptions = DEFAULT_PRINT_OPTIONS): string {
  const n = numel(t.shape);
  if (n === 0) return '[]';
  const summarize = n > opts.threshold;
  const root: View = { offset: 0, shape: t.shape };
  const shown: (number | bigint | boolean)[] = [];
  collectShown(t, root, summarize, opts, shown);
  const fmt = new Formatter(t.dtype, shown, opts);
  return tensorStrWithFormatter(t, root, indent, summarize, fmt, opts);
}

/** Python `str(tuple(shape))`. */
export function shapeTupleStr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

function addSuffixes(text: string, suffixes: readonly string[], indent: number, opts: PrintOptions): string {
  const parts = [text];
  let lastLineLen = text.length - text.lastIndexOf('\n') + 1;
  for (const suffix of suffixes) {
    if (lastLineLen + suffix.length + 2 > opts.linewidth) {
      parts.push(`,\n${' '.repeat(indent)}${suffix}`);
      lastLineLen = indent + suffix.length;
    } else {
      parts.push(`, ${suffix}`);
      lastLineLen += suffix.length + 2;
    }
  }
  parts.push(')');
  return parts.join('');
}

/**
 * `repr(t)` (and `str(t)`, `print(t)`) for a CPU strided tensor, e.g.
 * `tensor([[0.4963, 0.7682],\n        [0.0885, 0.1320]])`.
 */
export function formatTensor(t: PrintableTensor, opts: PrintOptions = DEFAULT_PRINT_OPTIONS): string {
  const prefix = 'tensor(';
  const indent = prefix.length;
  const suffixes: string[] = [];
  let body: string;
  if (numel(t.shape) === 0) {
    if (t.shape.length !== 1) suffixes.push(`size=${shapeTupleStr(t.shape)}`);
    if (t.dtype !== 'float32') suffixes.push(`dtype=torch.${t.dtype}`);
    body = '[]';
  } else {
    if (!DEFAULT_DTYPES.has(t.dtype)) suffixes.push(`dtype=torch.${t.dtype}`);
    body = tensorBodyStr(t, indent, opts);
  }
  if (t.gradFn) suffixes.push(`grad_fn=<${t.gradFn}>`);
  else if (t.requiresGrad) suffixes.push('requires_grad=True');
  const repr = addSuffixes(prefix + body, suffixes, indent, opts);
  return t.isParameter ? `Parameter containing:\n${repr}` : repr;
}
