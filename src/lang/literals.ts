/** Values of number and string literals (their spelling was checked by scan-literals.ts). */
import type { LangMessageCode } from './messages';
import type { Token } from './tokens';

export type NumberValue =
  { type: 'int'; value: bigint } | { type: 'float'; value: number } | { type: 'complex' };

/** The value of a Number token; invalid spellings (already reported) give 0. */
export function numberValue(text: string): NumberValue {
  const digits = text.replace(/_/g, '');
  if (/[jJ]$/.test(digits)) return { type: 'complex' };
  if (/^0[xXoObB]/.test(digits)) {
    try {
      return { type: 'int', value: BigInt(digits) };
    } catch {
      return { type: 'int', value: 0n };
    }
  }
  if (/^\d+$/.test(digits)) return { type: 'int', value: BigInt(digits) };
  const value = Number(digits);
  return { type: 'float', value: Number.isNaN(value) ? 0 : value };
}

export interface StringToken {
  readonly raw: boolean;
  readonly bytes: boolean;
  readonly formatted: boolean;
  /** Offsets of the text between the quotes. */
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

export function stringToken(tok: Token): StringToken {
  const quoteAt = tok.text.search(/["']/);
  const prefix = tok.text.slice(0, quoteAt).toLowerCase();
  const q = tok.text[quoteAt] ?? '"';
  const quoteLen = tok.text.startsWith(q.repeat(3), quoteAt) ? 3 : 1;
  const bodyStart = tok.start + quoteAt + quoteLen;
  const bodyEnd = tok.unterminated ? tok.end : tok.end - quoteLen;
  return {
    raw: prefix.includes('r'),
    bytes: prefix.includes('b'),
    formatted: prefix.includes('f'),
    bodyStart,
    bodyEnd: Math.max(bodyStart, bodyEnd),
  };
}

export type EscapeReporter = (
  code: LangMessageCode,
  start: number,
  end: number,
  args?: Record<string, string>,
) => void;

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};
const HEX_ESCAPE_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * The value of `text[start, end)` with Python's escapes applied (none for raw
 * strings). Unknown escapes keep their backslash, as in Python.
 */
export function decodeString(
  text: string,
  start: number,
  end: number,
  raw: boolean,
  report: EscapeReporter,
): string {
  if (raw) return text.slice(start, end);
  let out = '';
  let p = start;
  while (p < end) {
    const c = text[p] ?? '';
    if (c !== '\\' || p + 1 >= end) {
      out += c;
      p++;
      continue;
    }
    const e = text[p + 1] ?? '';
    if (e === '\n' || e === '\r') {
      p += text.startsWith('\r\n', p + 1) ? 3 : 2;
    } else if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      p += 2;
    } else if (e >= '0' && e <= '7') {
      const m = /^[0-7]{1,3}/.exec(text.slice(p + 1, Math.min(p + 4, end)))?.[0] ?? e;
      out += String.fromCharCode(parseInt(m, 8));
      p += 1 + m.length;
    } else if (e in HEX_ESCAPE_LENGTH) {
      const n = HEX_ESCAPE_LENGTH[e] ?? 2;
      const hex = text.slice(p + 2, Math.min(p + 2 + n, end));
      const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === n ? parseInt(hex, 16) : -1;
      if (code < 0) {
        report('truncated-escape', p, p + 2 + hex.length, { escape: e + 'X'.repeat(n) });
      } else if (code > 0x10ffff) {
        report('invalid-unicode-escape', p, p + 2 + n, { escape: e + hex });
      } else {
        out += String.fromCodePoint(code);
      }
      p += 2 + (code < 0 ? 0 : n);
    } else if (e === 'N') {
      const close = text.indexOf('}', p);
      const stop = text[p + 2] === '{' && close >= 0 && close < end ? close + 1 : p + 2;
      report('named-escape', p, stop);
      p = stop;
    } else {
      out += '\\' + e;
      p += 2;
    }
  }
  return out;
}
