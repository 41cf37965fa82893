/**
 * Expressions by Python's precedence, loosest first: lambda < ternary < or < and
 * < not < comparisons < | < ^ < & < shifts < + - < * / // % @ < unary < ** <
 * primary (calls, subscripts, attributes: primaries.ts) < atoms (atoms.ts).
 *
 * Note [Nesting guard]: every level that can recurse into itself (a test inside
 * brackets, unary operators, `**`, and each link of a left-nested chain of binary
 * operators or trailers) enters one nesting level, so pathological input gives a
 * diagnostic instead of a stack overflow, and the AST handed to later stages is
 * at most MAX_NESTING deep.
 */
import type { CmpOperator, Expr, ExprContext, FunctionType, Operator, UnaryOperator } from './ast';
import { PrimaryParser } from './primaries';
import { tokenize } from './lexer';
import type { Token } from './tokens';

const BIT_OR: Record<string, Operator> = { '|': 'BitOr' };
const BIT_XOR: Record<string, Operator> = { '^': 'BitXor' };
const BIT_AND: Record<string, Operator> = { '&': 'BitAnd' };
const SHIFT: Record<string, Operator> = { '<<': 'LShift', '>>': 'RShift' };
const ARITH: Record<string, Operator> = { '+': 'Add', '-': 'Sub' };
const TERM: Record<string, Operator> = {
  '*': 'Mult',
  '/': 'Div',
  '//': 'FloorDiv',
  '%': 'Mod',
  '@': 'MatMult',
};
const UNARY: Record<string, UnaryOperator> = { '+': 'UAdd', '-': 'USub', '~': 'Invert' };
const COMPARE: Record<string, CmpOperator> = {
  '==': 'Eq',
  '!=': 'NotEq',
  '<': 'Lt',
  '<=': 'LtE',
  '>': 'Gt',
  '>=': 'GtE',
};

/** What an invalid assignment target is called in messages ("cannot assign to function call"). */
const TARGET_NAMES: Partial<Record<Expr['kind'], string>> = {
  Call: 'function call',
  Constant: 'literal',
  JoinedStr: 'f-string expression',
  Compare: 'comparison',
  IfExp: 'conditional expression',
  Lambda: 'lambda',
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
  Dict: 'dict literal',
  Set: 'set display',
};

export function describeTarget(e: Expr): string {
  return TARGET_NAMES[e.kind] ?? 'expression';
}

export class ExpressionParser extends PrimaryParser {
  protected subParser(tokens: Token[]): ExpressionParser {
    return new ExpressionParser(this.ctx, tokens, this.depth + 1, true);
  }

  parseTestList(): Expr {
    return this.parseBareTuple(() => this.parseStarOr(() => this.parseTest()));
  }

  parseTargetList(): Expr {
    return this.parseBareTuple(() => this.parseStarOr(() => this.parseBitOr()));
  }

  /** `item (, item)* [,]` without brackets: the item alone, or a `Tuple`. */
  private parseBareTuple(item: () => Expr): Expr {
    const start = this.tok.start;
    const first = item();
    if (!this.atOp(',')) return first;
    return { kind: 'Tuple', elts: this.parseSequenceTail(first, item), ctx: 'Load', range: this.span(start) };
  }

  parseTest(): Expr {
    const saved = this.depth;
    this.enter();
    let result: Expr;
    if (this.atKeyword('lambda')) {
      result = this.parseLambda(() => this.parseTest());
    } else {
      const start = this.tok.start;
      result = this.parseOrTest();
      if (this.eatKeyword('if')) {
        const test = this.parseOrTest();
        this.expectKeyword('else');
        const orelse = this.parseTest();
        result = { kind: 'IfExp', test, body: result, orelse, range: this.span(start) };
      }
    }
    if (this.atOp(':='))
      this.fail('unsupported-syntax', this.tokRange(this.tok), { what: "assignment expression ':='" });
    this.depth = saved;
    return result;
  }

  parseTestNoCond(): Expr {
    const saved = this.depth;
    this.enter();
    const result = this.atKeyword('lambda')
      ? this.parseLambda(() => this.parseTestNoCond())
      : this.parseOrTest();
    this.depth = saved;
    return result;
  }

  /** `(T1, T2) -> R` in `text[start, end)`: the body of a signature type comment. */
  protected parseFunctionType(start: number, end: number): FunctionType {
    const { tokens } = tokenize(this.ctx.lines, this.ctx.diagnostics, { start, end, mode: 'expression' });
    const sub = this.subParser(tokens);
    const open = sub.expectOp('(').start;
    const argtypes: Expr[] = [];
    while (!sub.atOp(')')) {
      if (!sub.eatOp('*')) sub.eatOp('**');
      argtypes.push(sub.parseTest());
      if (!sub.eatOp(',')) break;
    }
    sub.expectOp(')');
    sub.expectOp('->');
    const returns = sub.parseTest();
    sub.expectEnd();
    return { kind: 'FunctionType', argtypes, returns, range: sub.span(open) };
  }

  private parseLambda(body: () => Expr): Expr {
    const start = this.expectKeyword('lambda').start;
    const args = this.parseArguments(':', false);
    this.expectOp(':');
    return { kind: 'Lambda', args, body: body(), range: this.span(start) };
  }

  parseOrTest(): Expr {
    return this.parseBoolOp('or', 'Or', () => this.parseAndTest());
  }

  private parseAndTest(): Expr {
    return this.parseBoolOp('and', 'And', () => this.parseNotTest());
  }

  private parseBoolOp(word: string, op: 'And' | 'Or', operand: () => Expr): Expr {
    const start = this.tok.start;
    const first = operand();
    if (!this.atKeyword(word)) return first;
    const values = [first];
    while (this.eatKeyword(word)) values.push(operand());
    return { kind: 'BoolOp', op, values, range: this.span(start) };
  }

  private parseNotTest(): Expr {
    if (!this.atKeyword('not')) return this.parseComparison();
    const saved = this.depth;
    const start = this.next().start;
    this.enter();
    const operand = this.parseNotTest();
    this.depth = saved;
    return { kind: 'UnaryOp', op: 'Not', operand, range: this.span(start) };
  }

  private parseComparison(): Expr {
    const start = this.tok.start;
    const left = this.parseBitOr();
    const ops: CmpOperator[] = [];
    const comparators: Expr[] = [];
    for (let op = this.compareOp(); op; op = this.compareOp()) {
      ops.push(op);
      comparators.push(this.parseBitOr());
    }
    if (ops.length === 0) return left;
    return { kind: 'Compare', left, ops, comparators, range: this.span(start) };
  }

  /** Consumes a comparison operator (`not in` and `is not` are two tokens). */
  private compareOp(): CmpOperator | null {
    const t = this.tok;
    if (t.kind === 'Op' && Object.hasOwn(COMPARE, t.text)) return COMPARE[this.next().text] ?? null;
    if (this.eatKeyword('in')) return 'In';
    if (this.eatKeyword('is')) return this.eatKeyword('not') ? 'IsNot' : 'Is';
    if (this.atKeyword('not') && this.peek(1).kind === 'Name' && this.peek(1).text === 'in') {
      this.next();
      this.next();
      return 'NotIn';
    }
    return null;
  }

  parseBitOr(): Expr {
    return this.parseBinary(BIT_OR, () => this.parseBitXor());
  }
  private parseBitXor(): Expr {
    return this.parseBinary(BIT_XOR, () => this.parseBitAnd());
  }
  private parseBitAnd(): Expr {
    return this.parseBinary(BIT_AND, () => this.parseShift());
  }
  private parseShift(): Expr {
    return this.parseBinary(SHIFT, () => this.parseArith());
  }
  private parseArith(): Expr {
    return this.parseBinary(ARITH, () => this.parseTerm());
  }
  private parseTerm(): Expr {
    return this.parseBinary(TERM, () => this.parseFactor());
  }

  /** A left-associative level; see Note [Nesting guard]. */
  private parseBinary(ops: Record<string, Operator>, operand: () => Expr): Expr {
    const saved = this.depth;
    const start = this.tok.start;
    let left = operand();
    while (this.tok.kind === 'Op' && Object.hasOwn(ops, this.tok.text)) {
      const op = ops[this.next().text] ?? 'Add';
      this.enter();
      const right = operand();
      left = { kind: 'BinOp', left, op, right, range: this.span(start) };
    }
    this.depth = saved;
    return left;
  }

  private parseFactor(): Expr {
    const t = this.tok;
    if (t.kind !== 'Op' || !Object.hasOwn(UNARY, t.text)) return this.parsePower();
    const saved = this.depth;
    this.next();
    this.enter();
    const operand = this.parseFactor();
    this.depth = saved;
    return { kind: 'UnaryOp', op: UNARY[t.text] ?? 'UAdd', operand, range: this.span(t.start) };
  }

  private parsePower(): Expr {
    const start = this.tok.start;
    const base = this.parsePrimary();
    if (!this.eatOp('**')) return base;
    const saved = this.depth;
    this.enter();
    const right = this.parseFactor();
    this.depth = saved;
    return { kind: 'BinOp', left: base, op: 'Pow', right, range: this.span(start) };
  }

  /** Marks `e` as an assignment (`Store`) or `del` (`Del`) target, or reports why it cannot be one. */
  toTarget(e: Expr, ctx: ExprContext): Expr {
    switch (e.kind) {
      case 'Name':
      case 'Attribute':
      case 'Subscript':
        e.ctx = ctx;
        return e;
      case 'Tuple':
      case 'List': {
        e.ctx = ctx;
        if (e.elts.filter((x) => x.kind === 'Starred').length > 1) this.fail('multiple-starred', e.range);
        for (const x of e.elts) this.toTarget(x, ctx);
        return e;
      }
      case 'Starred':
        if (ctx === 'Del') this.fail('invalid-delete-target', e.range, { what: 'starred' });
        e.ctx = ctx;
        this.toTarget(e.value, ctx);
        return e;
      default:
        return this.fail(ctx === 'Del' ? 'invalid-delete-target' : 'invalid-target', e.range, {
          what: describeTarget(e),
        });
    }
  }
}
