// str predicates, count and one-sided strips, as TorchScript's string operators (ASCII classes, as C's ctype).
import * as A from './args';
import { TorchError } from '../runtime/errors';
import { TupleValue } from '../runtime/ivalue';
import { scriptStr } from './script_str';
import { defineOp } from './registry';

const all = (re: RegExp) => (s: string): boolean => s.length > 0 && [...s].every((c) => re.test(c));
const cased = (lower: boolean) => (s: string): boolean => {
  const letters = [...s].filter((c) => /[A-Za-z]/.test(c));
  return letters.length > 0 && letters.every((c) => (lower ? /[a-z]/ : /[A-Z]/).test(c));
};
const predicates: [string, (s: string) => boolean][] = [
  ['isdigit', all(/[0-9]/)],
  ['isalpha', all(/[A-Za-z]/)],
  ['isalnum', all(/[A-Za-z0-9]/)],
  ['isspace', all(/[ \t\n\v\f\r]/)],
  ['islower', cased(true)],
  ['isupper', cased(false)],
];
for (const [name, f] of predicates) defineOp(`aten::${name}(str self) -> bool`, (a) => f(A.str(a[0])));

// Note [String ends]: TorchScript's string operators read a negative start from the end and a
// negative end as one past it (end=-1 is the whole string), as register_prim_ops.cpp's stringFindImpl.
const span = (size: number, start: number, end: number): [number, number] => [
  start < 0 ? Math.max(0, size + start) : start,
  end < 0 ? Math.max(0, size + end + 1) : end,
];

type Args = Parameters<Parameters<typeof defineOp>[1]>[0];
const search = (reverse: boolean, raise: boolean) => (a: Args): bigint => {
  const s = A.str(a[0]);
  const sub = A.str(a[1]);
  const [start, end] = span(s.length, A.int(a[2]), A.int(a[3]));
  if (end > start && start > s.length) {
    throw new TorchError('RuntimeError', `basic_string::substr: __pos (which is ${start}) > this->size() (which is ${s.length})`);
  }
  const text = end > start ? s.slice(start, end) : '';
  const pos = text.length < sub.length ? -1 : reverse ? text.lastIndexOf(sub) : text.indexOf(sub);
  if (pos < 0 && raise) throw new TorchError('RuntimeError', 'ValueError: substring not found');
  return BigInt(pos < 0 ? -1 : pos + start);
};
defineOp('aten::find(str self, str substr, int start=0, int end=-1) -> int', search(false, false));
defineOp('aten::rfind(str self, str substr, int start=0, int end=-1) -> int', search(true, false));
defineOp('aten::index.str(str self, str substr, int start=0, int end=-1) -> int', search(false, true));
defineOp('aten::rindex(str self, str substr, int start=0, int end=-1) -> int', search(true, true));

// Occurrences that start before `end` count, as PyTorch's aten::count.
defineOp('aten::count(str self, str substr, int start=0, int end=-1) -> int', (a) => {
  const s = A.str(a[0]);
  const sub = A.str(a[1]);
  if (A.int(a[2]) > s.length) return 0n;
  const [start, end] = span(s.length, A.int(a[2]), A.int(a[3]));
  if (sub === '') return BigInt(Math.max(0, Math.min(end, s.length) - start) + 1);
  let n = 0;
  for (let pos = s.indexOf(sub, start); pos >= 0 && pos < end; pos = s.indexOf(sub, pos + sub.length)) n++;
  return BigInt(n);
});

const strip = (left: boolean) => (a: Parameters<Parameters<typeof defineOp>[1]>[0]): string => {
  const chars = new Set(A.str(a[1]));
  const s = [...A.str(a[0])];
  let [i, j] = [0, s.length];
  if (left) while (i < j && chars.has(s[i]!)) i++;
  else while (j > i && chars.has(s[j - 1]!)) j--;
  return s.slice(i, j).join('');
};
defineOp('aten::lstrip(str self, str chars=" \\n\\t\\f\\v") -> str', strip(true));
defineOp('aten::rstrip(str self, str chars=" \\n\\t\\f\\v") -> str', strip(false));

// C's %e: mantissa with `digits` decimals and a signed exponent of at least two digits.
function cExponent(x: number, digits: number): string {
  if (!Number.isFinite(x)) return String(x).replace('Infinity', 'inf').replace('NaN', 'nan');
  const [m, e] = x.toExponential(digits).split('e');
  const n = Number(e);
  return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
}

// C's %.17g, as PyTorch prints a float for `%s`: 17 significant digits without trailing zeros.
function cGeneral17(x: number): string {
  if (!Number.isFinite(x)) return String(x).replace('Infinity', 'inf').replace('NaN', 'nan');
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const exp = Math.floor(Math.log10(Math.abs(Number(x.toPrecision(17)))));
  const strip = (s: string): string => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (exp < -4 || exp >= 17) {
    const [m, e] = cExponent(x, 16).split('e');
    return `${strip(m!)}e${e}`;
  }
  return strip(x.toFixed(Math.max(0, 16 - exp)));
}

// `fmt % args`, as register_prim_ops.cpp's percentFormat: %d %i %e %E %f %F %s and %%; floats print as floats (single precision for %e/%f).
defineOp('aten::percentFormat(str self, ...) -> str', (a) => {
  const fmt = A.str(a[0]);
  const packed = a[1];
  const args = packed instanceof TupleValue ? packed.elements : [packed ?? null];
  let out = '';
  let used = 0;
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    if (i === fmt.length - 1) throw new TorchError('RuntimeError', 'Incomplete format specifier');
    const key = fmt[++i]!;
    if (key === '%') {
      out += '%';
      continue;
    }
    if (used >= args.length) throw new TorchError('RuntimeError', 'Too few arguments for format string');
    const arg = args[used++] ?? null;
    const num = typeof arg === 'bigint' || typeof arg === 'number' || typeof arg === 'boolean';
    switch (key) {
      case 'd':
      case 'i':
        if (!num) throw new TorchError('RuntimeError', '%d requires a number');
        out += typeof arg === 'bigint' ? String(arg) : String(Math.trunc(Number(arg)));
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F': {
        if (!num) throw new TorchError('RuntimeError', `%${key} requires a number`);
        const x = Math.fround(Number(arg));
        const s = key === 'e' || key === 'E' ? cExponent(x, 6) : Number.isFinite(x) ? x.toFixed(6) : cExponent(x, 6);
        out += key === 'E' || key === 'F' ? s.toUpperCase() : s;
        break;
      }
      case 's':
        out += typeof arg === 'number' ? cGeneral17(arg) : scriptStr(arg);
        break;
      default:
        throw new TorchError('RuntimeError', `The specifier %${key} is not supported in TorchScript format strings`);
    }
  }
  return out;
});
