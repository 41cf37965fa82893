/**
 * The parser's entry point and compound statements (`if`, `while`, `for`, `try`,
 * `with`, `def`, `class`, decorators).
 *
 * Architecture invariant: `parse` never throws and always terminates. It returns a
 * Module and the list of diagnostics; after an error it skips to the next
 * statement (Note [Statement recovery]) so several errors are reported at once.
 */
import type { ExceptHandler, Expr, Keyword, Module, Stmt, WithItem } from './ast';
import { LineMap } from './line-map';
import { tokenize } from './lexer';
import { langDiagnostic } from './messages';
import { ParseError, type ParseContext } from './parser-base';
import type { Diagnostic } from './source';
import { SimpleStatementParser } from './statements';
import type { Token } from './tokens';

export interface ParseResult {
  readonly module: Module;
  /** Sorted by position; empty when the source is valid. */
  readonly diagnostics: Diagnostic[];
}

/** Parses a whole file. Never throws on user input; see the invariant above. */
export function parse(source: string, fileName = '<string>'): ParseResult {
  const lines = new LineMap(source);
  const diagnostics: Diagnostic[] = [];
  let body: Stmt[] = [];
  try {
    const { tokens, comments } = tokenize(lines, diagnostics);
    const reportedLines = new Set(diagnostics.map((d) => d.range.start.line));
    const ctx: ParseContext = { lines, diagnostics, comments, reportedLines };
    body = new Parser(ctx, tokens).parseFile();
  } catch (e) {
    // A bug (or an engine limit) must still reach the user as a diagnostic, not a stack trace.
    const detail = e instanceof Error ? e.message : String(e);
    diagnostics.push(langDiagnostic('internal-error', lines.range(0, 0), { detail }));
  }
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return { module: { kind: 'Module', fileName, body, range: lines.range(0, source.length) }, diagnostics };
}

class Parser extends SimpleStatementParser {
  parseFile(): Stmt[] {
    return this.parseStatements();
  }

  /**
   * Note [Statement recovery]: statements up to a DEDENT or the end. A statement
   * that fails is dropped: the parser skips to the end of its logical line, and
   * an indented block right after (the body of a broken header) is parsed for
   * its own errors and dropped too. Each round consumes at least one token.
   */
  private parseStatements(): Stmt[] {
    const body: Stmt[] = [];
    while (this.tok.kind !== 'Dedent' && this.tok.kind !== 'EndMarker') {
      const before = this.i;
      const saved = { depth: this.depth, loops: this.loopDepth, functions: this.functionDepth };
      try {
        if (this.tok.kind === 'Indent') {
          this.report('unexpected-indent', this.tokRange(this.tok));
          body.push(...this.parseIndentedBlock());
        } else if (this.tok.kind === 'Newline') {
          this.next();
        } else {
          body.push(...this.parseStatement());
        }
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        Object.assign(this, { depth: saved.depth, loopDepth: saved.loops, functionDepth: saved.functions });
        this.skipBrokenStatement();
      }
      if (this.i === before) this.next();
    }
    return body;
  }

  private skipBrokenStatement(): void {
    while (this.tok.kind !== 'Newline' && this.tok.kind !== 'EndMarker') this.next();
    this.next();
    if (this.peek(0).kind !== 'Indent') return;
    // Context checks are off in an orphaned body: its header (a def or a loop) was lost.
    this.loopDepth++;
    this.functionDepth++;
    this.parseIndentedBlock();
    this.loopDepth--;
    this.functionDepth--;
  }

  /** INDENT statements DEDENT (the lexer keeps them balanced). */
  private parseIndentedBlock(): Stmt[] {
    this.next();
    const saved = this.depth;
    this.enter();
    const body = this.parseStatements();
    this.depth = saved;
    if (this.tok.kind === 'Dedent') this.next();
    return body;
  }

  private parseStatement(): Stmt[] {
    const t = this.tok;
    if (t.kind === 'Op' && t.text === '@') return [this.parseDecorated()];
    if (t.kind !== 'Name') return this.parseSimpleLine();
    switch (t.text) {
      case 'if':
        return [this.parseIf()];
      case 'while':
        return [this.parseWhile()];
      case 'for':
        return [this.parseFor()];
      case 'try':
        return [this.parseTry()];
      case 'with':
        return [this.parseWith()];
      case 'def':
        return [this.parseFunctionDef(t.start, [])];
      case 'class':
        return [this.parseClassDef(t.start, [])];
      case 'async':
        return this.fail('unsupported-syntax', this.tokRange(t), { what: "'async'" });
      default:
        return this.parseSimpleLine();
    }
  }

  /**
   * The body after a header's `:`: statements on the same line, or an indented
   * block. A missing block is reported and gives an empty body.
   */
  private parseSuite(what: string, header: Token): Stmt[] {
    this.expectOp(':');
    if (this.tok.kind !== 'Newline') return this.parseSimpleLine();
    this.next();
    if (this.peek(0).kind === 'Indent') return this.parseIndentedBlock();
    const line = this.ctx.lines.position(header.start).line;
    this.report('expected-indent', this.tokRange(this.tok), { what, line });
    return [];
  }

  private parseLoopBody(what: string, header: Token): Stmt[] {
    this.loopDepth++;
    const body = this.parseSuite(what, header);
    this.loopDepth--;
    return body;
  }

  private parseElse(): Stmt[] {
    const t = this.eatKeyword('else');
    return t ? this.parseSuite("'else' statement", t) : [];
  }

  private parseIf(): Stmt {
    const t = this.next();
    const saved = this.depth;
    this.enter();
    const test = this.parseTest();
    const body = this.parseSuite(`'${t.text}' statement`, t);
    const orelse = this.atKeyword('elif') ? [this.parseIf()] : this.parseElse();
    this.depth = saved;
    return { kind: 'If', test, body, orelse, range: this.span(t.start) };
  }

  private parseWhile(): Stmt {
    const t = this.next();
    const test = this.parseTest();
    const body = this.parseLoopBody("'while' statement", t);
    return { kind: 'While', test, body, orelse: this.parseElse(), range: this.span(t.start) };
  }

  private parseFor(): Stmt {
    const t = this.next();
    const target = this.toTarget(this.parseTargetList(), 'Store');
    this.expectKeyword('in');
    const iter = this.parseTestList();
    const body = this.parseLoopBody("'for' statement", t);
    return { kind: 'For', target, iter, body, orelse: this.parseElse(), range: this.span(t.start) };
  }

  private parseTry(): Stmt {
    const t = this.next();
    const body = this.parseSuite("'try' statement", t);
    const handlers: ExceptHandler[] = [];
    for (let h = this.eatKeyword('except'); h; h = this.eatKeyword('except')) {
      const type = this.atOp(':') ? null : this.parseTest();
      const name = type && this.eatKeyword('as') ? this.expectName().text : null;
      const handlerBody = this.parseSuite("'except' statement", h);
      handlers.push({ kind: 'ExceptHandler', type, name, body: handlerBody, range: this.span(h.start) });
    }
    const orelse = handlers.length > 0 ? this.parseElse() : [];
    const f = this.eatKeyword('finally');
    const finalbody = f ? this.parseSuite("'finally' statement", f) : [];
    if (handlers.length === 0 && !f) this.failExpected("'except' or 'finally'");
    return { kind: 'Try', body, handlers, orelse, finalbody, range: this.span(t.start) };
  }

  private parseWith(): Stmt {
    const t = this.next();
    const items: WithItem[] = [];
    do {
      const start = this.tok.start;
      const contextExpr = this.parseTest();
      const optionalVars = this.eatKeyword('as')
        ? this.toTarget(
            this.parseStarOr(() => this.parseBitOr()),
            'Store',
          )
        : null;
      items.push({ kind: 'withitem', contextExpr, optionalVars, range: this.span(start) });
    } while (this.eatOp(','));
    const body = this.parseSuite("'with' statement", t);
    return { kind: 'With', items, body, range: this.span(t.start) };
  }

  private parseDecorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.eatOp('@')) {
      decorators.push(this.parseTest());
      if (this.tok.kind !== 'Newline') this.failUnexpected();
      this.next();
    }
    const t = this.tok;
    if (this.atKeyword('def')) return this.parseFunctionDef(t.start, decorators);
    if (this.atKeyword('class')) return this.parseClassDef(t.start, decorators);
    return this.failExpected("'def' or 'class' after a decorator");
  }

  private parseFunctionDef(start: number, decoratorList: Expr[]): Stmt {
    const t = this.next();
    const name = this.expectName().text;
    this.expectOp('(');
    const args = this.parseArguments(')', true);
    this.expectOp(')');
    const returns = this.eatOp('->') ? this.parseTest() : null;
    const colonEnd = this.tok.end;
    const outer = { loops: this.loopDepth, functions: this.functionDepth };
    this.loopDepth = 0;
    this.functionDepth++;
    const body = this.parseSuite('function definition', t);
    Object.assign(this, { loopDepth: outer.loops, functionDepth: outer.functions });
    const bodyStart = body[0]?.range.start.offset ?? this.prevEnd;
    const comment = this.typeCommentIn(colonEnd, bodyStart);
    const typeComment = comment ? this.functionTypeComment(comment) : null;
    return {
      kind: 'FunctionDef',
      name,
      args,
      body,
      decoratorList,
      returns,
      typeComment,
      range: this.span(start),
    };
  }

  private parseClassDef(start: number, decoratorList: Expr[]): Stmt {
    const t = this.next();
    const name = this.expectName().text;
    let bases: Expr[] = [];
    let keywords: Keyword[] = [];
    if (this.atOp('(')) ({ args: bases, keywords } = this.parseCallArguments(this.next().start));
    const outer = { loops: this.loopDepth, functions: this.functionDepth };
    Object.assign(this, { loopDepth: 0, functionDepth: 0 });
    const body = this.parseSuite('class definition', t);
    Object.assign(this, { loopDepth: outer.loops, functionDepth: outer.functions });
    return { kind: 'ClassDef', name, bases, keywords, body, decoratorList, range: this.span(start) };
  }
}
