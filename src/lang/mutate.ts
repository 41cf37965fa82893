/**
 * Test support: deterministic random mutations of programs (seeded), used by the
 * parser fuzz test and the CLI smoke script to feed the front end broken input.
 */
import { OPERATORS } from './tokens';

/** mulberry32: a small seeded PRNG, so every failure can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Operators plus fragments that tend to break lexing, indentation and f-strings. */
const PIECES = [
  ...OPERATORS,
  ...[
    '\\',
    '\\\n',
    '#',
    '"',
    "'",
    '"""',
    'f"{',
    '!',
    '$',
    '?',
    '\t',
    '\n',
    '    ',
    '\n    ',
    '\r',
    '\u00e9',
    '\ud83d',
  ],
  ...[
    'if ',
    'else',
    'lambda',
    'def ',
    'return',
    'not ',
    ' in ',
    'yield',
    '0x',
    '1j',
    '1e',
    '0777',
    'b"',
    'r"\\',
  ],
];

function tokens(src: string): string[] {
  return src.match(/\s+|\w+|[^\w\s]/g) ?? [];
}

/** One random edit of `src`: on characters, tokens, lines or the end. */
export function mutateOnce(src: string, rnd: () => number): string {
  const pick = (n: number) => Math.floor(rnd() * n);
  const at = pick(src.length + 1);
  const len = 1 + pick(Math.min(20, src.length + 1));
  switch (pick(8)) {
    case 0:
      return src.slice(0, at) + src.slice(at + len);
    case 1:
      return src.slice(0, at) + src.slice(at, at + len).repeat(2) + src.slice(at + len);
    case 2:
      return src.slice(0, at) + (PIECES[pick(PIECES.length)] ?? '') + src.slice(at);
    case 3:
      return src.slice(0, at);
    case 4: {
      const lines = src.split('\n');
      const i = pick(lines.length);
      lines[i] =
        [' ', '\t', '    ', '', '        '][pick(5)] + (lines[i] ?? '').replace(/^\s+/, pick(2) ? '' : ' ');
      return lines.join('\n');
    }
    default: {
      const toks = tokens(src);
      if (toks.length === 0) return src;
      const i = pick(toks.length);
      const j = pick(toks.length);
      const op = pick(3);
      if (op === 0) toks.splice(i, 1);
      else if (op === 1) toks.splice(i, 0, toks[j] ?? '');
      else [toks[i], toks[j]] = [toks[j] ?? '', toks[i] ?? ''];
      return toks.join('');
    }
  }
}

/** One to three edits. */
export function mutate(src: string, rnd: () => number): string {
  let out = src;
  const n = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < n; k++) out = mutateOnce(out, rnd);
  return out;
}
