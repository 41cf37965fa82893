/**
 * f-strings: the text between the quotes is split into literal parts and
 * `{expr!conv:spec}` fields; each field's expression is parsed by a sub-parser
 * over the same source text, so its nodes keep exact ranges. A field's range
 * covers its braces; a literal part's range covers its own text.
 */
import type { Constant, Expr, FormattedValue, JoinedStr } from './ast';
import type { LineMap } from './line-map';
import type { LangMessageCode } from './messages';
import { decodeString } from './literals';

export interface FStringHost {
  readonly lines: LineMap;
  report(code: LangMessageCode, start: number, end: number, args?: Record<string, string>): void;
  fail(code: LangMessageCode, start: number, end: number): never;
  /** Parses `text[start, end)` as an expression (a tuple when it has commas). */
  parseExpression(start: number, end: number): Expr;
}

/** Python rejects format specs nested deeper than this. */
const MAX_SPEC_NESTING = 2;

type Part = Constant | FormattedValue;

/** The parts of one f-string body `text[start, end)`. */
export function parseFString(host: FStringHost, start: number, end: number, raw: boolean): Part[] {
  return new FStringParser(host, raw, end).parts(start, 0).values;
}

class FStringParser {
  private readonly text: string;

  constructor(
    private readonly host: FStringHost,
    private readonly raw: boolean,
    private readonly end: number,
  ) {
    this.text = host.lines.text;
  }

  /** Literal text and fields up to the end, or (inside a format spec) up to its closing `}`. */
  parts(start: number, specDepth: number): { values: Part[]; stop: number } {
    const values: Part[] = [];
    const { text, end } = this;
    let literal = '';
    let litStart = start;
    let p = start;
    const flush = (upto: number) => {
      if (literal)
        values.push({
          kind: 'Constant',
          type: 'str',
          value: literal,
          range: this.host.lines.range(litStart, upto),
        });
      literal = '';
    };
    while (p < end) {
      const c = text[p];
      if (c === '{' && text[p + 1] === '{') {
        literal += '{';
        p += 2;
      } else if (c === '{') {
        flush(p);
        if (specDepth >= MAX_SPEC_NESTING) this.host.fail('fstring-too-deep', p, p + 1);
        const field = this.field(p, specDepth);
        values.push(field);
        p = field.range.end.offset;
        litStart = p;
      } else if (c === '}' && specDepth > 0) {
        break;
      } else if (c === '}' && text[p + 1] === '}') {
        literal += '}';
        p += 2;
      } else if (c === '}') {
        this.host.fail('fstring-single-brace', p, p + 1);
      } else {
        const q = this.literalEnd(p);
        literal += decodeString(text, p, q, this.raw, (code, s, e, args) =>
          this.host.report(code, s, e, args),
        );
        p = q;
      }
    }
    flush(p);
    return { values, stop: p };
  }

  /** The end of a run of literal text; `\N{...}` braces belong to the escape. */
  private literalEnd(p: number): number {
    const { text, end } = this;
    let q = p;
    while (q < end && text[q] !== '{' && text[q] !== '}') {
      if (!this.raw && text[q] === '\\') {
        const close = text.indexOf('}', q);
        q = text[q + 1] === 'N' && text[q + 2] === '{' && close >= 0 && close < end ? close + 1 : q + 2;
      } else q++;
    }
    return Math.min(q, end);
  }

  private field(open: number, specDepth: number): FormattedValue {
    const { text, end, host } = this;
    const exprEnd = this.expressionEnd(open + 1);
    if (text.slice(open + 1, exprEnd).trim() === '') host.fail('fstring-empty-expression', open, exprEnd + 1);
    const value = host.parseExpression(open + 1, exprEnd);
    let q = exprEnd;
    let conversion: FormattedValue['conversion'] = null;
    if (text[q] === '!') {
      const ch = text[q + 1];
      if (ch === 's' || ch === 'r' || ch === 'a') conversion = ch;
      else host.fail('fstring-conversion', q, Math.min(q + 2, end));
      q += 2;
    }
    let formatSpec: JoinedStr | null = null;
    if (text[q] === ':') {
      const spec = this.parts(q + 1, specDepth + 1);
      formatSpec = { kind: 'JoinedStr', values: spec.values, range: host.lines.range(q + 1, spec.stop) };
      q = spec.stop;
    }
    if (q >= end || text[q] !== '}') host.fail('fstring-expecting-brace', open, Math.min(q + 1, end));
    return { kind: 'FormattedValue', value, conversion, formatSpec, range: host.lines.range(open, q + 1) };
  }

  /** Where a field's expression stops: a top-level `}`, `!` (not `!=`) or `:`. */
  private expressionEnd(start: number): number {
    const { text, end, host } = this;
    let depth = 0;
    let q = start;
    for (; q < end; q++) {
      const c = text[q] ?? '';
      if (c === '\\') host.fail('fstring-backslash', q, q + 1);
      if (c === '"' || c === "'") {
        const close = text.indexOf(c, q + 1);
        if (close < 0 || close >= end) host.fail('fstring-expecting-brace', start - 1, end);
        q = close;
      } else if (c === '(' || c === '[' || c === '{') {
        depth++;
      } else if (depth > 0 && (c === ')' || c === ']' || c === '}')) {
        depth--;
      } else if (depth === 0 && (c === '}' || c === ':' || (c === '!' && text[q + 1] !== '='))) {
        return q;
      }
    }
    return host.fail('fstring-expecting-brace', start - 1, end);
  }
}
