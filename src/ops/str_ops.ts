// str predicates, count and one-sided strips, as TorchScript's string operators (ASCII classes, as C's ctype).
import * as A from './args';
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

// Note [String ends]: TorchScript's string operators take end=-1 as "to the end of the string".
const bound = (i: number, n: number, isEnd: boolean): number => {
  if (isEnd && i === -1) return n;
  return Math.max(0, Math.min(n, i < 0 ? n + i : i));
};
defineOp('aten::count(str self, str substr, int start=0, int end=-1) -> int', (a) => {
  const s = A.str(a[0]);
  const sub = A.str(a[1]);
  const text = s.slice(bound(A.int(a[2]), s.length, false), bound(A.int(a[3]), s.length, true));
  if (sub === '') return BigInt(text.length + 1);
  return BigInt(text.split(sub).length - 1);
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
