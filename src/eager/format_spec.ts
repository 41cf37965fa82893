// Python's format mini-language (`f"{x:>8.3f}"`, `format(x, spec)`, `"{:d}".format(n)`) and `%` formatting.
import { Tensor } from '../runtime/tensor';
import { formatExponent, formatFixed, pyFloatRepr } from '../runtime/format';
import type { Interpreter } from './interpreter';
import type { PyValue } from './objects';
import { pyError } from './errors';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number | null;
  type: string;
}

const SPEC_RE = /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s;

function parseSpec(spec: string): Spec {
  const m = SPEC_RE.exec(spec);
  if (!m) throw pyError('ValueError', 'Invalid format specifier');
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[6] ? '=' : ''),
    sign: m[3] ?? '-',
    alt: m[5] !== undefined,
    zero: m[6] !== undefined,
    width: m[7] ? Number(m[7]) : 0,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : null,
    type: m[10] ?? '',
  };
}

function group(intPart: string, sep: string): string {
  if (!sep) return intPart;
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** `%g`-style: exponent form when the exponent is < -4 or >= precision, trailing zeros removed unless `alt`. */
function formatGeneral(x: number, precision: number, alt: boolean): string {
  const p = precision === 0 ? 1 : precision;
  if (!Number.isFinite(x)) return formatFixed(x, 0);
  const exp = x === 0 ? 0 : Number(formatExponent(x, p - 1).split('e')[1]);
  let s = exp < -4 || exp >= p ? formatExponent(x, p - 1) : formatFixed(x, p - 1 - exp);
  if (!alt) {
    const [mant, e] = s.split('e') as [string, string | undefined];
    const trimmed = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
    s = e === undefined ? trimmed : `${trimmed}e${e}`;
  }
  return s;
}

function formatNumber(v: number | bigint, s: Spec): string {
  let body: string;
  const neg = typeof v === 'bigint' ? v < 0n : v < 0 || Object.is(v, -0);
  const abs = typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(v);
  const t = s.type;
  if (typeof abs === 'bigint' && (t === '' || t === 'd' || t === 'n')) body = group(abs.toString(), s.grouping);
  else if (typeof abs === 'bigint' && 'xXob'.includes(t) && t !== '') {
    const radix = t === 'o' ? 8 : t === 'b' ? 2 : 16;
    body = abs.toString(radix);
    if (t === 'X') body = body.toUpperCase();
    if (s.alt) body = `0${t}${body}`;
  } else if (typeof abs === 'bigint' && t === 'c') body = String.fromCodePoint(Number(abs));
  else {
    if (t === 'd' || t === 'x' || t === 'X' || t === 'o' || t === 'b') throw pyError('ValueError', `Unknown format code '${t}' for object of type 'float'`);
    const x = Number(abs);
    const p = s.precision;
    if (t === 'f' || t === 'F') body = formatFixed(x, p ?? 6);
    else if (t === 'e' || t === 'E') body = formatExponent(x, p ?? 6);
    else if (t === '%') body = `${formatFixed(x * 100, p ?? 6)}%`;
    else if (t === 'g' || t === 'G') body = formatGeneral(x, p ?? 6, s.alt);
    else body = p === null ? pyFloatRepr(x) : formatGeneral(x, p, s.alt);
    if (t === 'E' || t === 'G' || t === 'F') body = body.toUpperCase();
    if (s.grouping) {
      const [i, rest] = body.split(/(?=[.e%])/, 2) as [string, string | undefined];
      body = group(i, s.grouping) + (body.slice(i.length) || rest || '');
    }
  }
  const sign = neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
  return pad(sign, body, s, '>');
}

function pad(sign: string, body: string, s: Spec, defaultAlign: string): string {
  const len = sign.length + body.length;
  if (len >= s.width) return sign + body;
  const fill = s.fill.repeat(s.width - len);
  switch (s.align || defaultAlign) {
    case '<':
      return sign + body + fill;
    case '^': {
      const left = Math.floor((s.width - len) / 2);
      return s.fill.repeat(left) + sign + body + s.fill.repeat(s.width - len - left);
    }
    case '=':
      return sign + fill + body;
    default:
      return fill + sign + body;
  }
}

/** `format(v, spec)`. */
export function formatValue(it: Interpreter, v: PyValue, spec: string): string {
  // Tensor.__format__: a 0-dim tensor formats its item, whatever the spec.
  if (v instanceof Tensor && (v.ndim === 0 || (v.numel === 1 && spec !== ''))) v = it.call(it.getAttr(v, 'item'), []);
  if (spec === '') return it.str(v);
  const s = parseSpec(spec);
  if (typeof v === 'boolean') return s.type === '' ? pad('', it.str(v), s, '<') : formatNumber(v ? 1n : 0n, s);
  if (typeof v === 'bigint') return 'eEfFgG%'.includes(s.type) && s.type !== '' ? formatNumber(Number(v), s) : formatNumber(v, s);
  if (typeof v === 'number') return formatNumber(v, s);
  if (typeof v === 'string') {
    if (s.type !== '' && s.type !== 's') throw pyError('ValueError', `Unknown format code '${s.type}' for object of type 'str'`);
    const body = s.precision === null ? v : v.slice(0, s.precision);
    return pad('', body, s, '<');
  }
  throw pyError('TypeError', `unsupported format string passed to ${it.typeName(v)}.__format__`);
}

/** `"fmt" % args` (printf-style) for the common conversions. */
export function percentFormat(it: Interpreter, fmt: string, args: PyValue[]): string {
  let i = 0;
  const out = fmt.replace(/%([-+ 0#]*)(\d+)?(?:\.(\d+))?([diouxXeEfFgGcrs%])/g, (_m, flags: string, width?: string, prec?: string, conv?: string) => {
    if (conv === '%') return '%';
    if (i >= args.length) throw pyError('TypeError', 'not enough arguments for format string');
    const v = args[i++]!;
    if (conv === 's') return pad('', it.str(v), parseSpec(`${flags.includes('-') ? '<' : '>'}${width ?? ''}`), '>');
    if (conv === 'r') return pad('', it.repr(v), parseSpec(`${flags.includes('-') ? '<' : '>'}${width ?? ''}`), '>');
    const type = conv === 'i' || conv === 'u' ? 'd' : conv!;
    const align = flags.includes('-') ? '<' : '';
    const num = typeof v === 'boolean' ? (v ? 1n : 0n) : type === 'd' && typeof v === 'number' ? BigInt(Math.trunc(v)) : v;
    const spec = `${align}${flags.includes('+') ? '+' : ''}${flags.includes('0') && !align ? '0' : ''}${width ?? ''}${prec !== undefined ? `.${prec}` : ''}${type}`;
    return formatValue(it, num, spec);
  });
  if (i < args.length) throw pyError('TypeError', 'not all arguments converted during string formatting');
  return out;
}
