/**
 * Primaries and argument lists: an atom followed by calls, subscripts and attribute
 * accesses; call arguments; subscript lists and slices; `def` and `lambda` parameter
 * lists. The levels above (expressions.ts) supply `parseTest`.
 */
import type { Arg, Arguments, Expr, Keyword } from './ast';
import { AtomParser } from './atoms';
import type { Token } from './tokens';

export abstract class PrimaryParser extends AtomParser {
  /** An atom followed by calls, subscripts and attribute accesses. */
  protected parsePrimary(): Expr {
    const saved = this.depth;
    const start = this.tok.start;
    let e = this.parseAtom();
    for (;;) {
      if (this.atOp('(')) {
        this.enter();
        const { args, keywords } = this.parseCallArguments(this.next().start);
        e = { kind: 'Call', func: e, args, keywords, range: this.span(start) };
      } else if (this.eatOp('[')) {
        this.enter();
        const slice = this.parseSubscriptList();
        this.expectOp(']');
        e = { kind: 'Subscript', value: e, slice, ctx: 'Load', range: this.span(start) };
      } else if (this.eatOp('.')) {
        this.enter();
        const attr = this.expectName().text;
        e = { kind: 'Attribute', value: e, attr, ctx: 'Load', range: this.span(start) };
      } else break;
    }
    this.depth = saved;
    return e;
  }

  /** Arguments of a call after the `(` at `open`, through the closing `)`. */
  protected parseCallArguments(open: number): { args: Expr[]; keywords: Keyword[] } {
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    const names = new Set<string>();
    while (!this.atOp(')')) {
      const start = this.tok.start;
      if (this.atOp('**')) {
        this.next();
        keywords.push({ kind: 'keyword', arg: null, value: this.parseTest(), range: this.span(start) });
      } else if (this.atName() && this.peek(1).kind === 'Op' && this.peek(1).text === '=') {
        const name = this.next();
        this.next();
        if (names.has(name.text)) this.fail('keyword-repeated', this.tokRange(name), { name: name.text });
        names.add(name.text);
        keywords.push({ kind: 'keyword', arg: name.text, value: this.parseTest(), range: this.span(start) });
      } else {
        const isStar = this.atOp('*');
        let arg = this.parseStarOr(() => this.parseTest());
        if (this.atOp('=')) this.fail('invalid-keyword', this.span(start, this.tok.end));
        if (!isStar && this.atKeyword('for')) {
          const generators = this.parseComprehensions();
          // As in Python, a lone generator argument's range takes the call's parentheses.
          const lone = args.length === 0 && keywords.length === 0 && this.atOp(')');
          const range = lone ? this.span(open, this.tok.end) : this.span(start);
          arg = { kind: 'GeneratorExp', elt: arg, generators, range };
        }
        if (!isStar && keywords.some((k) => k.arg === null)) this.fail('positional-after-kwargs', arg.range);
        if (!isStar && keywords.length > 0) this.fail('positional-after-keyword', arg.range);
        args.push(arg);
      }
      if (!this.eatOp(',')) break;
    }
    this.expectOp(')');
    return { args, keywords };
  }

  /** `a`, `a:b:c`, or several of them (a `Tuple`), inside `[...]`. */
  private parseSubscriptList(): Expr {
    const start = this.tok.start;
    const first = this.parseSliceItem();
    if (!this.atOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',') && (this.startsExpr() || this.atOp(':'))) elts.push(this.parseSliceItem());
    return { kind: 'Tuple', elts, ctx: 'Load', range: this.span(start) };
  }

  private parseSliceItem(): Expr {
    const start = this.tok.start;
    const lower = this.atOp(':') ? null : this.parseTest();
    if (!this.eatOp(':')) return lower ?? this.failUnexpected();
    const bound = () => (this.startsExpr() ? this.parseTest() : null);
    const upper = this.atOp(':') ? null : bound();
    const step = this.eatOp(':') ? bound() : null;
    return { kind: 'Slice', lower, upper, step, range: this.span(start) };
  }

  /**
   * A parameter list up to (not including) `close`: `)` for `def`, `:` for `lambda`
   * (whose parameters have no annotations).
   */
  protected parseArguments(close: string, annotations: boolean): Arguments {
    const start = this.tok.start;
    let posonlyargs: Arg[] = [];
    const args: Arg[] = [];
    const defaults: Expr[] = [];
    const kwonlyargs: Arg[] = [];
    const kwDefaults: (Expr | null)[] = [];
    let vararg: Arg | null = null;
    let kwarg: Arg | null = null;
    let star: Token | null = null;
    while (!this.atOp(close)) {
      if (kwarg) this.fail('args-after-kwargs', this.tokRange(this.tok));
      if (this.atOp('/')) {
        if (star || posonlyargs.length > 0 || args.length === 0)
          this.fail('misplaced-slash', this.tokRange(this.tok));
        this.next();
        posonlyargs = args.splice(0);
      } else if (this.eatOp('**')) {
        kwarg = this.parseArg(annotations);
      } else if (this.atOp('*')) {
        if (star) this.failUnexpected();
        star = this.next();
        if (this.atName()) vararg = this.parseArg(annotations);
        else if (!this.atOp(',') || this.peek(1).kind !== 'Name') this.fail('bare-star', this.tokRange(star));
      } else {
        const arg = this.parseArg(annotations);
        const value = this.eatOp('=') ? this.parseTest() : null;
        if (star) {
          kwonlyargs.push(arg);
          kwDefaults.push(value);
        } else {
          if (value) defaults.push(value);
          else if (defaults.length > 0) this.fail('non-default-after-default', arg.range);
          args.push(arg);
        }
      }
      if (!this.eatOp(',')) break;
    }
    const seen = new Set<string>();
    for (const a of [
      ...posonlyargs,
      ...args,
      ...(vararg ? [vararg] : []),
      ...kwonlyargs,
      ...(kwarg ? [kwarg] : []),
    ]) {
      if (seen.has(a.arg)) this.report('duplicate-argument', a.range, { name: a.arg });
      seen.add(a.arg);
    }
    const range = this.span(start, Math.max(start, this.prevEnd));
    return { kind: 'arguments', posonlyargs, args, vararg, kwonlyargs, kwDefaults, kwarg, defaults, range };
  }

  private parseArg(annotations: boolean): Arg {
    const name = this.expectName();
    const annotation = annotations && this.eatOp(':') ? this.parseTest() : null;
    return { kind: 'arg', arg: name.text, annotation, range: this.span(name.start) };
  }
}
