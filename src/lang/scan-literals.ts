/**
 * Scanning of number and string literals: where a literal ends and whether its
 * spelling is valid. Their values are decoded later (literals.ts), by the parser.
 */
import type { LangMessageCode } from './messages';

export interface ScanProblem {
  readonly code: LangMessageCode;
  readonly args?: Record<string, string>;
}

export interface ScanResult {
  readonly end: number;
  readonly problem?: ScanProblem;
  readonly unterminated?: boolean;
}

const DIGITS = String.raw`\d(?:_?\d)*`;
const DECIMAL_OR_FLOAT = new RegExp(
  String.raw`(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?[jJ]?`,
  'y',
);
const PREFIXED: Record<string, { re: RegExp; base: string }> = {
  x: { re: /0[xX](?:_?[0-9a-fA-F])+/y, base: 'hexadecimal' },
  o: { re: /0[oO](?:_?[0-7])+/y, base: 'octal' },
  b: { re: /0[bB](?:_?[01])+/y, base: 'binary' },
};
const IDENT_CONTINUE = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u;

function matchAt(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? pos + m[0].length : pos;
}

/** Digits or letters glued to a literal make the whole run one invalid literal (`1_`, `0x1g`, `12abc`). */
function swallowIdentifier(text: string, pos: number, end: number): number {
  let p = pos;
  while (p < end && IDENT_CONTINUE.test(text[p] ?? '')) p++;
  return p;
}

/** A number starting at `pos` (a digit, or `.` followed by a digit). */
export function scanNumber(text: string, pos: number, end: number): ScanResult {
  const prefix = text[pos] === '0' ? PREFIXED[(text[pos + 1] ?? '').toLowerCase()] : undefined;
  if (prefix) {
    const stop = Math.min(matchAt(prefix.re, text, pos), end);
    const glued = swallowIdentifier(text, stop, end);
    if (stop === pos || glued > stop) {
      return {
        end: Math.max(glued, pos + 2),
        problem: { code: 'invalid-number', args: { base: prefix.base } },
      };
    }
    return { end: stop };
  }
  const stop = Math.min(matchAt(DECIMAL_OR_FLOAT, text, pos), end);
  const glued = swallowIdentifier(text, stop, end);
  if (glued > stop) return { end: glued, problem: { code: 'invalid-number', args: { base: 'decimal' } } };
  const literal = text.slice(pos, stop);
  if (/^0[0-9_]*[1-9][0-9_]*$/.test(literal)) return { end: stop, problem: { code: 'leading-zeros' } };
  return { end: stop };
}

/** True when `prefix` (letters before a quote) is a string prefix Python accepts. */
export function isStringPrefix(prefix: string): boolean {
  return /^(?:[rRbBuUfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?$/.test(prefix);
}

/**
 * A string literal whose opening quote is at `quotePos`. A backslash always skips
 * the next character (even in raw strings, where `\"` keeps the quote literal).
 */
export function scanString(text: string, quotePos: number, end: number): ScanResult {
  const q = text[quotePos] ?? '"';
  const triple = text.startsWith(q.repeat(3), quotePos);
  let p = quotePos + (triple ? 3 : 1);
  while (p < end) {
    const c = text[p];
    if (c === '\\') {
      p += text[p + 1] === '\r' && text[p + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (triple) {
      if (text.startsWith(q.repeat(3), p)) return { end: p + 3 };
    } else {
      if (c === q) return { end: p + 1 };
      if (c === '\n' || c === '\r') break;
    }
    p++;
  }
  return {
    end: Math.min(p, end),
    unterminated: true,
    problem: { code: triple ? 'unterminated-triple-string' : 'unterminated-string' },
  };
}
