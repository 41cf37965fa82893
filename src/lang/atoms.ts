/**
 * Atoms: names, literals (numbers, strings, f-strings), parenthesised forms,
 * list/dict/set displays and comprehensions. The operator levels above them live
 * in expressions.ts.
 */
import type { Comprehension, Constant, Expr, ExprContext, FormattedValue } from './ast';
import { parseFString, type FStringHost } from './fstring';
import { tokenize } from './lexer';
import { decodeString, numberValue, stringToken } from './literals';
import { ParserBase } from './parser-base';
import { KEYWORDS } from './tokens';

const EXPR_START_OPS = new Set(['(', '[', '{', '-', '+', '~', '...', '*', '**']);
const EXPR_START_KEYWORDS = new Set(['not', 'lambda', 'None', 'True', 'False', 'await', 'yield']);

export abstract class AtomParser extends ParserBase {
  abstract parseTest(): Expr;
  abstract parseOrTest(): Expr;
  abstract parseTestNoCond(): Expr;
  abstract parseBitOr(): Expr;
  /** `(item | *star) (, ...)* [,]`: one expression, or a `Tuple` when there are commas. */
  abstract parseTestList(): Expr;
  /** A comma-separated target list (`for` targets): bitwise-or level items, a `Tuple` when there are commas. */
  abstract parseTargetList(): Expr;
  abstract toTarget(e: Expr, ctx: ExprContext): Expr;

  /** True when the current token can begin an expression (ends optional parts and trailing commas). */
  protected startsExpr(): boolean {
    const t = this.tok;
    if (t.kind === 'Number' || t.kind === 'String') return true;
    if (t.kind === 'Name') return !KEYWORDS.has(t.text) || EXPR_START_KEYWORDS.has(t.text);
    return t.kind === 'Op' && EXPR_START_OPS.has(t.text);
  }

  /** `*x` (a `Starred`) or an item. */
  protected parseStarOr(item: () => Expr): Expr {
    if (!this.atOp('*')) return item();
    const start = this.next().start;
    const value = this.parseBitOr();
    return { kind: 'Starred', value, ctx: 'Load', range: this.span(start) };
  }

  /** Items separated by commas after `first`, stopping at a token that cannot start an item. */
  protected parseSequenceTail(first: Expr, item: () => Expr): Expr[] {
    const elts = [first];
    while (this.eatOp(',') && this.startsExpr()) elts.push(item());
    return elts;
  }

  protected parseAtom(): Expr {
    const t = this.tok;
    switch (t.kind) {
      case 'Number':
        return this.parseNumber();
      case 'String':
        return this.parseStrings();
      case 'Name':
        return this.parseNameAtom();
      case 'Op':
        if (t.text === '(') return this.parseParenthesized();
        if (t.text === '[') return this.parseListDisplay();
        if (t.text === '{') return this.parseBraceDisplay();
        if (t.text === '...') {
          this.next();
          return { kind: 'Constant', type: 'Ellipsis', value: null, range: this.tokRange(t) };
        }
        return this.failUnexpected();
      default:
        return this.failUnexpected();
    }
  }

  private parseNameAtom(): Expr {
    const t = this.tok;
    const range = this.tokRange(t);
    if (t.text === 'None' || t.text === 'True' || t.text === 'False') {
      this.next();
      if (t.text === 'None') return { kind: 'Constant', type: 'None', value: null, range };
      return { kind: 'Constant', type: 'bool', value: t.text === 'True', range };
    }
    if (t.text === 'yield' || t.text === 'await')
      this.fail('unsupported-syntax', range, { what: `'${t.text}'` });
    if (KEYWORDS.has(t.text)) this.failUnexpected();
    this.next();
    return { kind: 'Name', id: t.text, ctx: 'Load', range };
  }

  private parseNumber(): Constant {
    const t = this.next();
    const range = this.tokRange(t);
    const v = numberValue(t.text);
    if (v.type === 'int') return { kind: 'Constant', type: 'int', value: v.value, raw: t.text, range };
    if (v.type === 'float') return { kind: 'Constant', type: 'float', value: v.value, raw: t.text, range };
    this.report('complex-literal', range);
    const magnitude = numberValue(t.text.slice(0, -1));
    const value =
      magnitude.type === 'float' ? magnitude.value : magnitude.type === 'int' ? Number(magnitude.value) : 0;
    return { kind: 'Constant', type: 'float', value, raw: t.text, range };
  }

  /** Adjacent string literals concatenate; with any f-string among them the result is a `JoinedStr`. */
  private parseStrings(): Expr {
    const start = this.tok.start;
    const parts: (Constant | FormattedValue)[] = [];
    let formatted = false;
    let reportedBytes = false;
    while (this.tok.kind === 'String') {
      const t = this.next();
      const s = stringToken(t);
      if (s.bytes && !reportedBytes) {
        reportedBytes = true;
        this.report('bytes-literal', this.tokRange(t));
      }
      if (s.formatted) {
        formatted = true;
        parts.push(...parseFString(this.fstringHost(), s.bodyStart, s.bodyEnd, s.raw));
      } else {
        const value = decodeString(this.ctx.lines.text, s.bodyStart, s.bodyEnd, s.raw, (code, a, b, args) =>
          this.report(code, this.span(a, b), args),
        );
        parts.push({ kind: 'Constant', type: 'str', value, range: this.tokRange(t) });
      }
    }
    const range = this.span(start);
    if (!formatted)
      return { kind: 'Constant', type: 'str', value: parts.map((p) => p.value).join(''), range };
    return { kind: 'JoinedStr', values: mergeLiterals(parts), range };
  }

  private fstringHost(): FStringHost {
    return {
      lines: this.ctx.lines,
      report: (code, start, end, args) => this.report(code, this.span(start, end), args),
      fail: (code, start, end) => this.fail(code, this.span(start, end)),
      parseExpression: (start, end) => this.parseSubExpression(start, end),
    };
  }

  /** Parses `text[start, end)` with a fresh token stream over the same text (f-string fields, type comments). */
  protected parseSubExpression(start: number, end: number): Expr {
    const { tokens } = tokenize(this.ctx.lines, this.ctx.diagnostics, { start, end, mode: 'expression' });
    const sub = this.subParser(tokens);
    const e = sub.parseTestList();
    sub.expectEnd();
    return e;
  }

  protected abstract subParser(tokens: ReturnType<typeof tokenize>['tokens']): AtomParser;

  expectEnd(): void {
    if (this.tok.kind !== 'EndMarker') this.failUnexpected();
  }

  /** `()`, `(x)`, `(x,)`, `(x for ...)`; only tuples and generators include the parentheses in their range. */
  private parseParenthesized(): Expr {
    const start = this.next().start;
    if (this.eatOp(')')) return { kind: 'Tuple', elts: [], ctx: 'Load', range: this.span(start) };
    if (this.atKeyword('yield'))
      this.fail('unsupported-syntax', this.tokRange(this.tok), { what: "'yield'" });
    const first = this.parseStarOr(() => this.parseTest());
    if (this.atKeyword('for')) {
      const generators = this.parseComprehensions();
      this.expectOp(')');
      return { kind: 'GeneratorExp', elt: first, generators, range: this.span(start) };
    }
    if (!this.atOp(',')) {
      this.expectOp(')');
      return first;
    }
    const elts = this.parseSequenceTail(first, () => this.parseStarOr(() => this.parseTest()));
    this.expectOp(')');
    return { kind: 'Tuple', elts, ctx: 'Load', range: this.span(start) };
  }

  private parseListDisplay(): Expr {
    const start = this.next().start;
    if (this.eatOp(']')) return { kind: 'List', elts: [], ctx: 'Load', range: this.span(start) };
    return this.parseListOrSet(
      start,
      ']',
      this.parseStarOr(() => this.parseTest()),
    );
  }

  private parseBraceDisplay(): Expr {
    const start = this.next().start;
    if (this.eatOp('}')) return { kind: 'Dict', keys: [], values: [], range: this.span(start) };
    if (this.atOp('**')) return this.parseDictTail(start, null, this.parseDictUnpack());
    const first = this.parseStarOr(() => this.parseTest());
    if (!this.eatOp(':')) return this.parseListOrSet(start, '}', first);
    const value = this.parseTest();
    if (!this.atKeyword('for')) return this.parseDictTail(start, first, value);
    const generators = this.parseComprehensions();
    this.expectOp('}');
    return { kind: 'DictComp', key: first, value, generators, range: this.span(start) };
  }

  /** The rest of `[first ...]` or `{first ...}`: a display or a comprehension. */
  private parseListOrSet(start: number, close: ']' | '}', first: Expr): Expr {
    const comprehension = this.atKeyword('for') ? this.parseComprehensions() : null;
    const elts = comprehension
      ? []
      : this.parseSequenceTail(first, () => this.parseStarOr(() => this.parseTest()));
    this.expectOp(close);
    const range = this.span(start);
    if (close === ']') {
      return comprehension
        ? { kind: 'ListComp', elt: first, generators: comprehension, range }
        : { kind: 'List', elts, ctx: 'Load', range };
    }
    return comprehension
      ? { kind: 'SetComp', elt: first, generators: comprehension, range }
      : { kind: 'Set', elts, range };
  }

  private parseDictUnpack(): Expr {
    this.expectOp('**');
    return this.parseBitOr();
  }

  private parseDictTail(start: number, firstKey: Expr | null, firstValue: Expr): Expr {
    const keys: (Expr | null)[] = [firstKey];
    const values = [firstValue];
    while (this.eatOp(',') && this.startsExpr()) {
      if (this.atOp('**')) {
        keys.push(null);
        values.push(this.parseDictUnpack());
      } else {
        keys.push(this.parseTest());
        this.expectOp(':');
        values.push(this.parseTest());
      }
    }
    this.expectOp('}');
    return { kind: 'Dict', keys, values, range: this.span(start) };
  }

  /** `for target in iter [if cond]...` clauses, one or more. */
  protected parseComprehensions(): Comprehension[] {
    const generators: Comprehension[] = [];
    while (this.atKeyword('for')) {
      const start = this.next().start;
      const target = this.toTarget(this.parseTargetList(), 'Store');
      this.expectKeyword('in');
      const iter = this.parseOrTest();
      const ifs: Expr[] = [];
      while (this.eatKeyword('if')) ifs.push(this.parseTestNoCond());
      generators.push({ kind: 'comprehension', target, iter, ifs, range: this.span(start) });
    }
    return generators;
  }
}

/** Joins adjacent literal parts (from implicit concatenation) and drops empty ones, as Python does. */
function mergeLiterals(parts: (Constant | FormattedValue)[]): (Constant | FormattedValue)[] {
  const out: (Constant | FormattedValue)[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (p.kind === 'Constant' && p.type === 'str' && p.value === '') continue;
    if (p.kind === 'Constant' && p.type === 'str' && prev?.kind === 'Constant' && prev.type === 'str') {
      out[out.length - 1] = {
        ...prev,
        value: prev.value + p.value,
        range: { start: prev.range.start, end: p.range.end },
      };
    } else out.push(p);
  }
  return out;
}
