/**
 * The tokenizer: Python's token stream with INDENT/DEDENT/NEWLINE, implicit
 * line joining inside brackets and explicit joining with a backslash. Comments do
 * not become tokens; they are collected aside for `# type:` comments.
 *
 * Architecture invariant: the lexer never fails. Problems become diagnostics and
 * the token stream stays well formed: INDENT and DEDENT balance, and it always
 * ends with NEWLINE (in file mode), DEDENTs, then ENDMARKER.
 */
import type { Diagnostic } from './source';
import type { LineMap } from './line-map';
import { langDiagnostic, type LangMessageCode } from './messages';
import { isStringPrefix, scanNumber, scanString, type ScanResult } from './scan-literals';
import { OPERATORS, type Comment, type Token, type TokenKind } from './tokens';

/** Python's tokenizer limits: indentation levels and bracket nesting. */
export const MAX_INDENT_LEVELS = 100;
export const MAX_BRACKET_DEPTH = 200;

export interface LexOptions {
  /** Offsets of the slice to tokenize; default the whole text. */
  readonly start?: number;
  readonly end?: number;
  /** `expression`: newlines are blanks and there are no INDENT/DEDENT/NEWLINE (f-string parts, type comments). */
  readonly mode?: 'file' | 'expression';
}

export interface LexResult {
  readonly tokens: Token[];
  readonly comments: Comment[];
}

const IDENT_START = /[\p{L}\p{Nl}_]/u;
const IDENTIFIER = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/uy;
const STATEMENT_KEYWORD =
  /[ \t\f]*(?:def|class|return|while|try|except|finally|with|import|raise|pass|break|continue|global|nonlocal|assert|del|elif)(?![\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}])/uy;
const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

export function tokenize(lines: LineMap, diagnostics: Diagnostic[], options: LexOptions = {}): LexResult {
  return new Lexer(lines, diagnostics, options).run();
}

class Lexer {
  private readonly text: string;
  private pos: number;
  private readonly end: number;
  private readonly fileMode: boolean;
  private readonly tokens: Token[] = [];
  private readonly comments: Comment[] = [];
  private readonly brackets: Token[] = [];
  private readonly indents: number[] = [0];
  /** Indentation measured with tab size 1, to detect tab/space mixes whose meaning depends on the tab size. */
  private readonly altIndents: number[] = [0];
  private reportedDepth = false;

  constructor(
    private readonly lines: LineMap,
    private readonly diagnostics: Diagnostic[],
    options: LexOptions,
  ) {
    this.text = lines.text;
    this.pos = options.start ?? 0;
    this.end = options.end ?? this.text.length;
    this.fileMode = (options.mode ?? 'file') === 'file';
  }

  run(): LexResult {
    let atLineStart = this.fileMode;
    while (this.pos < this.end) {
      if (atLineStart) {
        atLineStart = false;
        if (!this.indentation()) {
          atLineStart = true;
          continue;
        }
      }
      const c = this.text[this.pos] ?? '';
      if (c === ' ' || c === '\t' || c === '\f') {
        this.pos++;
      } else if (c === '#') {
        this.comment();
      } else if (c === '\n' || c === '\r') {
        const start = this.pos;
        this.pos += c === '\r' && this.text[this.pos + 1] === '\n' ? 2 : 1;
        if (this.fileMode && this.brackets.length > 0 && this.statementFollows()) this.abandonBrackets();
        if (this.fileMode && this.brackets.length === 0) {
          this.push('Newline', start, this.pos);
          atLineStart = true;
        }
      } else if (c === '\\') {
        this.backslash();
      } else if (isDigit(c) || (c === '.' && isDigit(this.text[this.pos + 1] ?? ''))) {
        this.literal('Number', scanNumber(this.text, this.pos, this.end));
      } else if (c === '"' || c === "'") {
        this.literal('String', scanString(this.text, this.pos, this.end));
      } else if (IDENT_START.test(this.charAt(this.pos))) {
        this.name();
      } else {
        this.operator();
      }
    }
    this.finish();
    return { tokens: this.tokens, comments: this.comments };
  }

  /** Measures the indentation of a new logical line; false for blank and comment-only lines. */
  private indentation(): boolean {
    let col = 0;
    let alt = 0;
    let p = this.pos;
    for (; p < this.end; p++) {
      const c = this.text[p];
      if (c === ' ') {
        col++;
        alt++;
      } else if (c === '\t') {
        col = (Math.floor(col / 8) + 1) * 8;
        alt++;
      } else if (c === '\f') {
        col = 0;
        alt = 0;
      } else break;
    }
    const c = this.text[p];
    if (p >= this.end || c === '#' || c === '\n' || c === '\r') {
      this.pos = p;
      if (c === '#') this.comment();
      if (this.pos < this.end) this.pos += this.text.startsWith('\r\n', this.pos) ? 2 : 1;
      return false;
    }
    this.changeIndent(col, alt, this.pos, p);
    this.pos = p;
    return true;
  }

  private changeIndent(col: number, alt: number, lineStart: number, p: number): void {
    const top = this.indents[this.indents.length - 1] ?? 0;
    const altTop = this.altIndents[this.altIndents.length - 1] ?? 0;
    if (col > top) {
      if (alt <= altTop) this.report('inconsistent-tabs', lineStart, p);
      if (this.indents.length > MAX_INDENT_LEVELS) this.report('too-deep-indent', lineStart, p);
      this.indents.push(col);
      this.altIndents.push(Math.max(alt, altTop + 1));
      this.push('Indent', lineStart, p);
      return;
    }
    while (this.indents.length > 1 && col < (this.indents[this.indents.length - 1] ?? 0)) {
      this.indents.pop();
      this.altIndents.pop();
      this.push('Dedent', p, p);
    }
    // Note [Bad dedent]: an unknown level is reported and treated as the enclosing level, so blocks stay balanced.
    if (col !== this.indents[this.indents.length - 1]) this.report('bad-dedent', lineStart, p);
    else if (alt !== this.altIndents[this.altIndents.length - 1])
      this.report('inconsistent-tabs', lineStart, p);
  }

  /**
   * Note [Unclosed brackets]: a line inside brackets that starts with a keyword no
   * expression can contain (`def`, `return`, ...) means a bracket was left open.
   * The lexer reports it and closes the brackets there, so the rest of the file
   * is still parsed and checked.
   */
  private statementFollows(): boolean {
    STATEMENT_KEYWORD.lastIndex = this.pos;
    return STATEMENT_KEYWORD.test(this.text);
  }

  private abandonBrackets(): void {
    const open = this.brackets[this.brackets.length - 1];
    if (open) this.report('unclosed-bracket', open.start, open.end, { open: open.text });
    this.brackets.length = 0;
  }

  private comment(): void {
    const start = this.pos;
    while (this.pos < this.end && this.text[this.pos] !== '\n' && this.text[this.pos] !== '\r') this.pos++;
    this.comments.push({ text: this.text.slice(start, this.pos), start, end: this.pos });
  }

  private backslash(): void {
    const start = this.pos;
    const next = this.text[this.pos + 1];
    if (next === '\n' || next === '\r') {
      this.pos += this.text.startsWith('\r\n', this.pos + 1) ? 3 : 2;
      if (this.pos >= this.end) this.report('eof-in-continuation', start, start + 1);
      return;
    }
    this.pos++;
    this.report(this.pos >= this.end ? 'eof-in-continuation' : 'line-continuation', start, this.pos);
  }

  private name(): void {
    IDENTIFIER.lastIndex = this.pos;
    const m = IDENTIFIER.exec(this.text);
    const stop = Math.min(this.pos + (m ? m[0].length : 1), this.end);
    const word = this.text.slice(this.pos, stop);
    const quote = this.text[stop];
    if ((quote === '"' || quote === "'") && stop < this.end && word.length <= 2 && isStringPrefix(word)) {
      const scanned = scanString(this.text, stop, this.end);
      this.literal('String', scanned);
      return;
    }
    this.push('Name', this.pos, stop);
    this.pos = stop;
  }

  private literal(kind: TokenKind, r: ScanResult): void {
    if (r.problem) this.report(r.problem.code, this.pos, r.end, r.problem.args);
    this.push(kind, this.pos, r.end, r.unterminated);
    this.pos = r.end;
  }

  private operator(): void {
    const op = OPERATORS.find((o) => this.text.startsWith(o, this.pos) && this.pos + o.length <= this.end);
    if (!op) {
      const ch = this.charAt(this.pos);
      const hex = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
      this.report('invalid-character', this.pos, this.pos + ch.length, { char: ch, hex });
      this.pos += ch.length;
      return;
    }
    const start = this.pos;
    this.pos += op.length;
    if (op in CLOSER) {
      const tok = this.push('Op', start, this.pos);
      this.brackets.push(tok);
      if (this.brackets.length > MAX_BRACKET_DEPTH && !this.reportedDepth) {
        this.reportedDepth = true;
        this.report('too-deep-nesting', start, this.pos);
      }
      return;
    }
    if (op === ')' || op === ']' || op === '}') {
      const open = this.brackets[this.brackets.length - 1];
      // An unmatched closer is dropped after the report so the parser does not report it again.
      if (!open) return this.report('unmatched-bracket', start, this.pos, { close: op });
      this.brackets.pop();
      if (CLOSER[open.text] !== op)
        this.report('mismatched-bracket', start, this.pos, { close: op, open: open.text });
    }
    this.push('Op', start, this.pos);
  }

  private finish(): void {
    this.abandonBrackets();
    if (this.fileMode) {
      const last = this.tokens[this.tokens.length - 1];
      if (last && last.kind !== 'Newline' && last.kind !== 'Dedent') this.push('Newline', this.end, this.end);
      while (this.indents.length > 1) {
        this.indents.pop();
        this.push('Dedent', this.end, this.end);
      }
    }
    this.push('EndMarker', this.end, this.end);
  }

  private push(kind: TokenKind, start: number, end: number, unterminated?: boolean): Token {
    const tok: Token = {
      kind,
      text: this.text.slice(start, end),
      start,
      end,
      ...(unterminated ? { unterminated } : {}),
    };
    this.tokens.push(tok);
    return tok;
  }

  private charAt(p: number): string {
    return String.fromCodePoint(this.text.codePointAt(p) ?? 0);
  }

  private report(code: LangMessageCode, start: number, end: number, args?: Record<string, string>): void {
    this.diagnostics.push(langDiagnostic(code, this.lines.range(start, end), args));
  }
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
