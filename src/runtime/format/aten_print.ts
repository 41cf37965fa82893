/**
 * How TorchScript's `print` shows a tensor: ATen's C++ `operator<<(Tensor)` (Formatting.cpp), not
 * Python's repr. Values are converted to double; 1-d tensors print one value a line, matrices in
 * column blocks that fit 80 characters, higher ranks as `(i,j,.,.) = ` slices; then the type and
 * sizes, e.g. `[ CPUFloatType{2,3} ]`.
 */
import type { DTypeName, PrintableTensor } from './tensor';
import { formatExponent, formatFixed } from './decimal';

const TYPE_NAME: Record<DTypeName, string> = {
  float32: 'Float', float64: 'Double', float16: 'Half', int64: 'Long', int32: 'Int', int16: 'Short', int8: 'Char', uint8: 'Byte', bool: 'Bool',
};

type Mode = { kind: 'general' } | { kind: 'fixed' } | { kind: 'scientific' };

/** C's `%.{p}g` as C++ `defaultfloat` prints (precision 6 unless changed). */
function general(x: number, precision = 6): string {
  if (Number.isNaN(x)) return x !== x ? 'nan' : String(x);
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const sci = formatExponent(x, precision - 1);
  const exp = Number(sci.split('e')[1]);
  const strip = (s: string): string => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (exp < -4 || exp >= precision) {
    const [m, e] = sci.split('e') as [string, string];
    return `${strip(m)}e${e}`;
  }
  return strip(formatFixed(x, Math.max(precision - 1 - exp, 0)));
}

function cFloat(x: number, mode: Mode): string {
  if (mode.kind === 'general') return general(x);
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  return mode.kind === 'fixed' ? formatFixed(x, 4) : formatExponent(x, 4);
}

const setw = (s: string, w: number): string => s.padStart(w);

/** __printFormat: the column width, a common scale, and the float mode for these values. */
function printFormat(v: ArrayLike<number>): { scale: number; sz: number; mode: Mode } {
  const n = v.length;
  if (n === 0) return { scale: 1, sz: 0, mode: { kind: 'general' } };
  let intMode = true;
  for (let i = 0; i < n; i++) if (Number.isFinite(v[i]) && v[i] !== Math.ceil(v[i]!)) intMode = false;
  let offset = 0;
  while (offset < n && !Number.isFinite(v[offset])) offset++;
  let expMin = 1;
  let expMax = 1;
  if (offset < n) {
    expMin = Math.abs(v[offset]!);
    expMax = expMin;
    for (let i = offset; i < n; i++) {
      const z = Math.abs(v[i]!);
      if (!Number.isFinite(z)) continue;
      if (z < expMin) expMin = z;
      // As ATen: the signed value is compared with the largest magnitude so far.
      if (v[i]! > expMax) expMax = z;
    }
    expMin = expMin !== 0 ? Math.floor(Math.log10(expMin)) + 1 : 1;
    expMax = expMax !== 0 ? Math.floor(Math.log10(expMax)) + 1 : 1;
  }
  if (intMode) return expMax > 9 ? { scale: 1, sz: 11, mode: { kind: 'scientific' } } : { scale: 1, sz: expMax + 1, mode: { kind: 'general' } };
  if (expMax - expMin > 4) {
    const sz = Math.abs(expMax) > 99 || Math.abs(expMin) > 99 ? 12 : 11;
    return { scale: 1, sz, mode: { kind: 'scientific' } };
  }
  if (expMax > 5 || expMax < 0) return { scale: 10 ** (expMax - 1), sz: 7, mode: { kind: 'fixed' } };
  return { scale: 1, sz: expMax === 0 ? 7 : expMax + 6, mode: { kind: 'fixed' } };
}

const scaleLine = (scale: number): string => `${general(scale)} *\n`;

/** __printMatrix of a rows x cols block of doubles starting at `base`. */
function printMatrix(v: ArrayLike<number>, base: number, rows: number, cols: number, linesize: number, indent: number): string {
  const block = Array.from({ length: rows * cols }, (_, i) => v[base + i]!);
  const { scale, sz, mode } = printFormat(block);
  const pad = ' '.repeat(indent);
  let out = pad;
  const perLine = Math.floor((linesize - indent) / (sz + 1));
  let first = 0;
  while (first < cols) {
    const last = first + perLine <= cols ? first + perLine - 1 : cols - 1;
    if (perLine < cols) {
      if (first !== 0) out += '\n';
      out += `Columns ${first + 1} to ${last + 1}` + pad;
    }
    if (scale !== 1) out += scaleLine(scale) + pad;
    for (let l = 0; l < rows; l++) {
      for (let c = first; c <= last; c++) {
        out += setw(cFloat(block[l * cols + c]! / scale, mode), sz);
        if (c === last) {
          out += '\n';
          if (l !== rows - 1) out += scale !== 1 ? `${pad} ` : pad;
        } else out += ' ';
      }
    }
    first = last + 1;
  }
  return out;
}

/** A tensor as TorchScript's print shows it (no trailing newline). */
export function formatAtenTensor(t: PrintableTensor, linesize = 80): string {
  const v = Array.from(t.values as ArrayLike<number | bigint | boolean>, (x) => Number(x));
  const type = `CPU${TYPE_NAME[t.dtype]}Type`;
  const shape = t.shape;
  if (shape.length === 0) return `${general(v[0]!)}\n[ ${type}{} ]`;
  let body = '';
  if (shape.length === 1) {
    if (v.length > 0) {
      const { scale, sz, mode } = printFormat(v);
      if (scale !== 1) body += scaleLine(scale);
      for (const x of v) body += setw(cFloat(x / scale, mode), sz) + '\n';
    }
  } else if (shape.length === 2) {
    if (v.length > 0) body = printMatrix(v, 0, shape[0]!, shape[1]!, linesize, 0);
  } else if (v.length > 0) {
    const [rows, cols] = shape.slice(-2) as [number, number];
    const outer = shape.slice(0, -2);
    const count = outer.reduce((a, b) => a * b, 1);
    const parts: string[] = [];
    for (let k = 0; k < count; k++) {
      const idx: number[] = [];
      let r = k;
      for (let d = outer.length - 1; d >= 0; d--) {
        idx.unshift(r % outer[d]!);
        r = Math.floor(r / outer[d]!);
      }
      parts.push(`(${idx.map((i) => `${i + 1},`).join('')}.,.) = \n` + printMatrix(v, k * rows * cols, rows, cols, linesize, 1));
    }
    body = parts.join('\n');
  }
  return `${body}[ ${type}{${shape.join(',')}} ]`;
}
