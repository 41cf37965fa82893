// More str operators of TorchScript (register_prim_ops.cpp): padding, case, partition, rsplit,
// splitlines, more predicates, ord/chr and hex/oct/bin. Character classes are ASCII, as C's ctype.
import * as A from './args';
import { TupleValue } from '../runtime/ivalue';
import { TorchError } from '../runtime/errors';
import { defineOp } from './registry';

const s0 = (a: unknown[]): string => A.str(a[0] as string);
const isLower = (c: string): boolean => c >= 'a' && c <= 'z';
const isUpper = (c: string): boolean => c >= 'A' && c <= 'Z';
const isAlpha = (c: string): boolean => isLower(c) || isUpper(c);

defineOp('aten::zfill(str self, int width) -> str', (a) => {
  const s = s0(a);
  const w = A.int(a[1]);
  if (s.length >= w) return s;
  const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
  return sign + '0'.repeat(w - s.length) + s.slice(sign.length);
});

defineOp('aten::title(str self) -> str', (a) => {
  let prevAlpha = false;
  return [...s0(a)].map((c) => {
    const r = prevAlpha ? c.toLowerCase() : c.toUpperCase();
    prevAlpha = isAlpha(c);
    return isAlpha(c) ? r : c;
  }).join('');
});
defineOp('aten::capitalize(str self) -> str', (a) => {
  const s = s0(a);
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1).toLowerCase();
});
defineOp('aten::swapcase(str self) -> str', (a) => [...s0(a)].map((c) => (isLower(c) ? c.toUpperCase() : isUpper(c) ? c.toLowerCase() : c)).join(''));

function fill(a: unknown[]): [string, number, string] {
  const f = A.str(a[2] as string);
  if (f.length !== 1) throw new TorchError('RuntimeError', 'TypeError: The fill character must be exactly one character long');
  return [s0(a), A.int(a[1] as bigint), f];
}
defineOp('aten::center(str self, int width, str fillchar=" ") -> str', (a) => {
  const [s, w, f] = fill(a);
  if (w <= s.length) return s;
  // CPython's centering: the odd extra character goes left when the width is odd.
  const total = w - s.length;
  const left = Math.floor(total / 2) + (total & w & 1);
  return f.repeat(left) + s + f.repeat(total - left);
});
defineOp('aten::ljust(str self, int width, str fillchar=" ") -> str', (a) => {
  const [s, w, f] = fill(a);
  return s + f.repeat(Math.max(0, w - s.length));
});
defineOp('aten::rjust(str self, int width, str fillchar=" ") -> str', (a) => {
  const [s, w, f] = fill(a);
  return f.repeat(Math.max(0, w - s.length)) + s;
});

function partition(s: string, sep: string, reverse: boolean): TupleValue {
  if (sep.length === 0) throw new TorchError('ValueError', 'empty separator');
  const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (i < 0) return new TupleValue(reverse ? ['', '', s] : [s, '', '']);
  return new TupleValue([s.slice(0, i), sep, s.slice(i + sep.length)]);
}
defineOp('aten::partition(str self, str separator) -> (str, str, str)', (a) => partition(s0(a), A.str(a[1]), false));
defineOp('aten::rpartition(str self, str separator) -> (str, str, str)', (a) => partition(s0(a), A.str(a[1]), true));

defineOp('aten::rsplit(str self, str separator=" ", int max=-1) -> str[]', (a) => {
  const [s, sep, max] = [s0(a), A.str(a[1]), A.int(a[2])];
  const parts = s.split(sep);
  if (max < 0 || parts.length <= max + 1) return parts;
  return [parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)];
});

defineOp('aten::splitlines(str self, bool keepends=False) -> str[]', (a) => {
  const [s, keep] = [s0(a), A.bool(a[1])];
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\n' && s[i] !== '\r') continue;
    const end = s[i] === '\r' && s[i + 1] === '\n' ? i + 2 : i + 1;
    out.push(s.slice(start, keep ? end : i));
    start = end;
    i = end - 1;
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
});

defineOp('aten::expandtabs(str self, int tabsize=8) -> str', (a) => {
  const size = A.int(a[1]);
  let col = 0;
  let out = '';
  for (const c of s0(a)) {
    if (c === '\t') {
      const n = size > 0 ? size - (col % size) : 0;
      out += ' '.repeat(n);
      col += n;
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return out;
});

const predicates: [string, (s: string) => boolean][] = [
  ['istitle', (s) => {
    let prevCased = false;
    let any = false;
    for (const c of s) {
      if (isUpper(c)) {
        if (prevCased) return false;
        prevCased = true;
        any = true;
      } else if (isLower(c)) {
        if (!prevCased) return false;
        prevCased = true;
      } else prevCased = false;
    }
    return any;
  }],
  ['isidentifier', (s) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s)],
  ['isprintable', (s) => [...s].every((c) => c >= ' ' && c <= '~')],
  ['isdecimal', (s) => s.length > 0 && /^[0-9]+$/.test(s)],
  ['isnumeric', (s) => s.length > 0 && /^[0-9]+$/.test(s)],
];
for (const [name, f] of predicates) defineOp(`aten::${name}(str self) -> bool`, (a) => f(s0(a)));

defineOp('aten::ord(str string) -> int', (a) => {
  const s = s0(a);
  const cps = [...s];
  if (cps.length !== 1) throw new TorchError('RuntimeError', `String for ord() must be 1 character, got ${cps.length}`);
  return BigInt(cps[0]!.codePointAt(0)!);
});
defineOp('aten::chr(int i) -> str', (a) => {
  const i = A.int(a[0]);
  if (i < 0 || i >= 0x110000) throw new TorchError('ValueError', `chr() arg not in range(0x110000), found ${i}`);
  return String.fromCodePoint(i);
});

const radix = (prefix: string, base: number) => (a: unknown[]): string => {
  const v = a[0] as bigint;
  return (v < 0n ? '-' : '') + prefix + (v < 0n ? -v : v).toString(base);
};
defineOp('aten::hex(int i) -> str', radix('0x', 16));
defineOp('aten::oct(int i) -> str', radix('0o', 8));
defineOp('aten::bin(int i) -> str', radix('0b', 2));
