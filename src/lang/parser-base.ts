/**
 * The token cursor under the recursive-descent parser: lookahead, expectations,
 * error reporting and the nesting guard.
 *
 * Note [Parse errors]: a syntax error is reported once, then `ParseError` unwinds
 * to the enclosing statement, which skips to the next NEWLINE (parser.ts). It is
 * internal control flow and never escapes `parse`.
 */
import type { Diagnostic, SourceRange } from './source';
import type { LineMap } from './line-map';
import { langDiagnostic, type LangMessageCode } from './messages';
import { describeToken, KEYWORDS, type Comment, type Token } from './tokens';

/** Deepest nesting of expressions (parentheses, operators, lambdas) the parser accepts. */
export const MAX_NESTING = 200;

export class ParseError extends Error {}

/** What the parsers of one `parse` call share, including sub-parsers for f-strings and type comments. */
export interface ParseContext {
  readonly lines: LineMap;
  readonly diagnostics: Diagnostic[];
  readonly comments: Comment[];
  /** Note [One error per line]: later errors on a line are usually echoes of the first. */
  readonly reportedLines: Set<number>;
}

type Args = Record<string, string | number>;

export class ParserBase {
  protected i = 0;
  /** Nesting depth, see MAX_NESTING; statements restore it when they recover. */
  protected depth: number;
  /** End offset of the last consumed token other than NEWLINE/INDENT/DEDENT: where a node ends. */
  protected prevEnd = 0;

  constructor(
    protected readonly ctx: ParseContext,
    protected readonly tokens: Token[],
    depth = 0,
    /** A parser for a piece of a line (f-string field, type comment) rather than a file. */
    protected readonly isSubParser = false,
  ) {
    this.depth = depth;
  }

  protected get tok(): Token {
    return this.peek(0);
  }

  protected peek(k: number): Token {
    const t = this.tokens[Math.min(this.i + k, this.tokens.length - 1)];
    if (!t) throw new Error('token stream without EndMarker');
    return t;
  }

  protected next(): Token {
    const t = this.tok;
    if (t.kind !== 'EndMarker') this.i++;
    if (t.kind !== 'Newline' && t.kind !== 'Indent' && t.kind !== 'Dedent') this.prevEnd = t.end;
    return t;
  }

  protected atOp(text: string): boolean {
    return this.tok.kind === 'Op' && this.tok.text === text;
  }

  protected atKeyword(word: string): boolean {
    return this.tok.kind === 'Name' && this.tok.text === word;
  }

  /** An identifier that is not a keyword. */
  protected atName(): boolean {
    return this.tok.kind === 'Name' && !KEYWORDS.has(this.tok.text);
  }

  protected eatOp(text: string): Token | null {
    return this.atOp(text) ? this.next() : null;
  }

  protected eatKeyword(word: string): Token | null {
    return this.atKeyword(word) ? this.next() : null;
  }

  protected expectOp(text: string): Token {
    return this.atOp(text) ? this.next() : this.failExpected(`'${text}'`);
  }

  protected expectKeyword(word: string): Token {
    return this.atKeyword(word) ? this.next() : this.failExpected(`'${word}'`);
  }

  protected expectName(): Token {
    return this.atName() ? this.next() : this.failExpected('a name');
  }

  protected failExpected(expected: string): never {
    return this.fail('expected-token', this.tokRange(this.tok), { expected, found: this.found() });
  }

  protected failUnexpected(): never {
    return this.fail('invalid-syntax', this.tokRange(this.tok), { found: this.found() });
  }

  /** The current token for a message; a sub-parser (f-string field, type comment) ends at its expression's end. */
  private found(): string {
    return this.isSubParser && this.tok.kind === 'EndMarker' ? 'end of expression' : describeToken(this.tok);
  }

  protected fail(code: LangMessageCode, range: SourceRange, args: Args = {}): never {
    // At end of file the cause is usually an unclosed bracket or string the lexer already reported.
    const atEnd = this.tok.start >= this.ctx.lines.text.length;
    if (!(atEnd && this.ctx.diagnostics.length > 0)) this.report(code, range, args);
    throw new ParseError(code);
  }

  protected report(code: LangMessageCode, range: SourceRange, args: Args = {}): void {
    if (this.ctx.reportedLines.has(range.start.line)) return;
    this.ctx.reportedLines.add(range.start.line);
    this.ctx.diagnostics.push(langDiagnostic(code, range, args));
  }

  protected tokRange(t: Token): SourceRange {
    return this.ctx.lines.range(t.start, t.end);
  }

  protected span(start: number, end: number = this.prevEnd): SourceRange {
    return this.ctx.lines.range(start, Math.max(start, end));
  }

  /** Enters one nesting level; callers restore `depth` when done. */
  protected enter(): void {
    if (++this.depth > MAX_NESTING) this.fail('too-deep-nesting', this.tokRange(this.tok));
  }
}
