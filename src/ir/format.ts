/** Number and string formatting exactly as PyTorch's C++ printers produce it. */

/**
 * C's `%.<precision>g` (also C++ ostream's default float format with that
 * precision): shortest of fixed or exponent form, trailing zeros removed.
 */
export function formatG(value: number, precision: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const [mantissa, expText] = value.toExponential(precision - 1).split('e') as [string, string];
  const exp = Number(expText);
  const strip = (s: string): string => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (exp < -4 || exp >= precision) {
    const sign = exp < 0 ? '-' : '+';
    return `${strip(mantissa)}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return strip(value.toFixed(Math.max(0, precision - 1 - exp)));
}

/**
 * A double as PyTorch prints an IValue double (`1.`, `-0.`, `0.10000000000000001`,
 * `1e+20`): integral values below 1e10 end with a dot, others use 17 digits.
 */
export function formatDouble(value: number): string {
  if (Number.isFinite(value) && Math.abs(value) < 1e10 && Number.isInteger(value)) {
    return Object.is(value, -0) ? '-0.' : `${value}.`;
  }
  return formatG(value, 17);
}

const escapes: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '"': '\\"',
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

/**
 * A double-quoted string as c10::printQuotedString writes it. Other bytes outside
 * printable ASCII become three octal digits computed on a *signed* char, so UTF-8
 * bytes come out as PyTorch's odd `\0)+` forms; we reproduce that on purpose.
 */
export function quoteString(text: string): string {
  let out = '"';
  for (const byte of new TextEncoder().encode(text)) {
    const ch = String.fromCharCode(byte);
    const esc = escapes[ch];
    if (esc !== undefined) out += esc;
    else if (byte >= 0x20 && byte < 0x7f) out += ch;
    else {
      let s = byte >= 128 ? byte - 256 : byte;
      const d2 = s % 8;
      s = Math.trunc(s / 8);
      const d1 = s % 8;
      s = Math.trunc(s / 8);
      const code = (d: number): string => String.fromCharCode(48 + d);
      out += `\\${code(s)}${code(d1)}${code(d2)}`;
    }
  }
  return out + '"';
}

/** Inverse of quoteString for well-formed input (the body between the quotes). */
export function unquoteString(body: string): string {
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...new TextEncoder().encode(c));
      continue;
    }
    const next = body[++i]!;
    if (simple[next] !== undefined) bytes.push(simple[next]);
    else if (next === '\\' || next === "'" || next === '"') bytes.push(next.charCodeAt(0));
    else {
      // Three signed octal digits (see quoteString).
      const [a, b, d] = [...body.slice(i, i + 3)].map((x) => x.charCodeAt(0) - 48) as [number, number, number];
      bytes.push((a * 64 + b * 8 + d + 256) % 256);
      i += 2;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
