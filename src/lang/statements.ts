/**
 * Simple statements: everything that fits on one logical line (`pass`, `return`,
 * assignments, `import`, ...), several of them joined by `;`. Compound statements
 * are in parser.ts.
 */
import type { Alias, Expr, FunctionType, Operator, Stmt } from './ast';
import { describeTarget, ExpressionParser } from './expressions';
import { ParseError } from './parser-base';
import type { Comment } from './tokens';

const AUG_ASSIGN: Record<string, Operator> = {
  '+=': 'Add',
  '-=': 'Sub',
  '*=': 'Mult',
  '@=': 'MatMult',
  '/=': 'Div',
  '//=': 'FloorDiv',
  '%=': 'Mod',
  '**=': 'Pow',
  '<<=': 'LShift',
  '>>=': 'RShift',
  '&=': 'BitAnd',
  '|=': 'BitOr',
  '^=': 'BitXor',
};

const TYPE_COMMENT = /^#\s*type:\s*/;

export class SimpleStatementParser extends ExpressionParser {
  /** Enclosing loops and functions, for `'break' outside loop` and `'return' outside function`. */
  protected loopDepth = 0;
  protected functionDepth = 0;

  /** `small (; small)* [;] NEWLINE`. */
  protected parseSimpleLine(): Stmt[] {
    const stmts = [this.parseSmallStatement()];
    while (this.eatOp(';') && this.tok.kind !== 'Newline') stmts.push(this.parseSmallStatement());
    if (this.tok.kind !== 'Newline') this.failUnexpected();
    this.next();
    return stmts;
  }

  private parseSmallStatement(): Stmt {
    const t = this.tok;
    const start = t.start;
    const word = t.kind === 'Name' ? t.text : '';
    switch (word) {
      case 'pass':
        this.next();
        return { kind: 'Pass', range: this.span(start) };
      case 'break':
      case 'continue':
        this.next();
        if (this.loopDepth === 0)
          this.report(word === 'break' ? 'break-outside-loop' : 'continue-outside-loop', this.tokRange(t));
        return { kind: word === 'break' ? 'Break' : 'Continue', range: this.span(start) };
      case 'return': {
        this.next();
        if (this.functionDepth === 0) this.report('return-outside-function', this.tokRange(t));
        const value = this.startsExpr() ? this.parseTestList() : null;
        return { kind: 'Return', value, range: this.span(start) };
      }
      case 'raise': {
        this.next();
        const exc = this.startsExpr() ? this.parseTest() : null;
        const cause = exc && this.eatKeyword('from') ? this.parseTest() : null;
        return { kind: 'Raise', exc, cause, range: this.span(start) };
      }
      case 'global':
      case 'nonlocal': {
        this.next();
        const names = [this.expectName().text];
        while (this.eatOp(',')) names.push(this.expectName().text);
        return { kind: word === 'global' ? 'Global' : 'Nonlocal', names, range: this.span(start) };
      }
      case 'assert': {
        this.next();
        const test = this.parseTest();
        const msg = this.eatOp(',') ? this.parseTest() : null;
        return { kind: 'Assert', test, msg, range: this.span(start) };
      }
      case 'del': {
        this.next();
        const targets = [this.parseStarOr(() => this.parseBitOr())];
        while (this.eatOp(',') && this.startsExpr()) targets.push(this.parseStarOr(() => this.parseBitOr()));
        for (const x of targets) this.toTarget(x, 'Del');
        return { kind: 'Delete', targets, range: this.span(start) };
      }
      case 'import':
        return this.parseImport();
      case 'from':
        return this.parseImportFrom();
      default:
        return this.parseExpressionStatement();
    }
  }

  private parseExpressionStatement(): Stmt {
    const first = this.tok;
    const start = first.start;
    const target = this.parseTestList();
    if (this.eatOp(':')) {
      if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') {
        this.fail('invalid-ann-target', target.range);
      }
      this.toTarget(target, 'Store');
      const annotation = this.parseTest();
      const value = this.eatOp('=') ? this.parseAssignedValue() : null;
      const simple = target.kind === 'Name' && !(first.kind === 'Op' && first.text === '(');
      return { kind: 'AnnAssign', target, annotation, value, simple, range: this.span(start) };
    }
    const t = this.tok;
    if (t.kind === 'Op' && Object.hasOwn(AUG_ASSIGN, t.text)) {
      if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') {
        this.fail('invalid-aug-target', target.range, { what: describeTarget(target) });
      }
      this.toTarget(target, 'Store');
      this.next();
      const value = this.parseAssignedValue();
      return { kind: 'AugAssign', target, op: AUG_ASSIGN[t.text] ?? 'Add', value, range: this.span(start) };
    }
    if (!this.atOp('=')) return { kind: 'ExprStmt', value: target, range: this.span(start) };
    const chain: Expr[] = [target];
    while (this.eatOp('=')) chain.push(this.parseAssignedValue());
    const value = chain.pop() ?? target;
    for (const x of chain) this.toTarget(x, 'Store');
    const end = this.prevEnd;
    return {
      kind: 'Assign',
      targets: chain,
      value,
      typeComment: this.assignTypeComment(end),
      range: this.span(start, end),
    };
  }

  private parseAssignedValue(): Expr {
    if (this.atKeyword('yield'))
      this.fail('unsupported-syntax', this.tokRange(this.tok), { what: "'yield'" });
    return this.parseTestList();
  }

  private parseImport(): Stmt {
    const start = this.next().start;
    const names = [this.parseAlias(true)];
    while (this.eatOp(',')) names.push(this.parseAlias(true));
    return { kind: 'Import', names, range: this.span(start) };
  }

  private parseImportFrom(): Stmt {
    const start = this.next().start;
    let level = 0;
    for (let t = this.tok; t.kind === 'Op' && (t.text === '.' || t.text === '...'); t = this.tok)
      level += this.next().text.length;
    const module = level > 0 && this.atKeyword('import') ? null : this.parseDottedName();
    this.expectKeyword('import');
    const names: Alias[] = [];
    if (this.atOp('*')) {
      const star = this.next();
      names.push({ kind: 'alias', name: '*', asname: null, range: this.tokRange(star) });
    } else {
      const paren = this.eatOp('(');
      names.push(this.parseAlias(false));
      while (this.eatOp(',') && !(paren && this.atOp(')'))) names.push(this.parseAlias(false));
      if (paren) this.expectOp(')');
    }
    return { kind: 'ImportFrom', module, names, level, range: this.span(start) };
  }

  private parseAlias(dotted: boolean): Alias {
    const start = this.tok.start;
    const name = dotted ? this.parseDottedName() : this.expectName().text;
    const asname = this.eatKeyword('as') ? this.expectName().text : null;
    return { kind: 'alias', name, asname, range: this.span(start) };
  }

  private parseDottedName(): string {
    let name = this.expectName().text;
    while (this.eatOp('.')) name += '.' + this.expectName().text;
    return name;
  }

  /** The `# type:` comment starting in `[from, to)`, other than `# type: ignore`. */
  protected typeCommentIn(from: number, to: number): Comment | null {
    const comments = this.ctx.comments;
    let lo = 0;
    let hi = comments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((comments[mid]?.start ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < comments.length; k++) {
      const c = comments[k];
      if (!c || c.start >= to) break;
      if (TYPE_COMMENT.test(c.text) && !/^#\s*type:\s*ignore\b/.test(c.text)) return c;
    }
    return null;
  }

  /** The type of `x = []  # type: List[int]`; an invalid one is reported and dropped. */
  private assignTypeComment(stmtEnd: number): Expr | null {
    if (this.tok.kind !== 'Newline') return null;
    const c = this.typeCommentIn(stmtEnd, this.tok.start + 1);
    if (!c) return null;
    const start = c.start + (TYPE_COMMENT.exec(c.text)?.[0].length ?? 0);
    return this.guarded(() => this.parseSubExpression(start, c.end));
  }

  /** The signature of a `# type: (int, Tensor) -> Tensor` comment; an invalid one is reported and dropped. */
  protected functionTypeComment(c: Comment): FunctionType | null {
    const start = c.start + (TYPE_COMMENT.exec(c.text)?.[0].length ?? 0);
    return this.guarded(() => this.parseFunctionType(start, c.end));
  }

  private guarded<T>(f: () => T): T | null {
    try {
      return f();
    } catch (e) {
      if (e instanceof ParseError) return null;
      throw e;
    }
  }
}
