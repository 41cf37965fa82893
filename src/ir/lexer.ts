/**
 * The tokenizer shared by the schema parser and the IR text parser. Inputs are
 * our own data or test text, so malformed input throws an Error.
 */

export type TokenKind = 'ident' | 'number' | 'string' | 'value' | 'punct' | 'comment' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** For strings: the body between the quotes, still escaped. For values: the name without `%`. */
  readonly text: string;
  readonly offset: number;
  /** True when a newline separates this token from the previous one. */
  readonly newlineBefore: boolean;
}

const puncts = ['...', '->', '::', '(', ')', '[', ']', '{', '}', ',', ':', '=', '?', '!', '*', '|', '.', '<', '>'];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let newline = false;
  const push = (kind: TokenKind, tokenText: string, offset: number): void => {
    tokens.push({ kind, text: tokenText, offset, newlineBefore: newline });
    newline = false;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') {
      newline = true;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '#') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      push('comment', text.slice(i + 1, stop).trim(), i);
      i = stop;
    } else if (c === ',' && text.startsWith(', scope: ', i)) {
      // A traced node's module scope (`, scope: __module.sub/__module.sub.0`) is one token.
      const m = /^, scope: ([^\s#]+)/.exec(text.slice(i));
      if (!m) throw new Error(`bad scope at offset ${i}`);
      push('punct', ',', i);
      push('ident', 'scope', i + 2);
      push('punct', ':', i + 7);
      push('ident', m[1]!, i + 9);
      i += m[0].length;
    } else if (c === '%') {
      const m = /^%[A-Za-z0-9_.]+/.exec(text.slice(i));
      if (!m) throw new Error(`bad value name at offset ${i}`);
      push('value', m[0].slice(1), i);
      i += m[0].length;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) throw new Error(`unterminated string at offset ${i}`);
      push('string', text.slice(i + 1, j), i);
      i = j + 1;
    } else {
      const rest = text.slice(i);
      const num = /^-?(\d+\.?\d*(e[+-]?\d+)?|\.\d+|(inf|nan)(?![A-Za-z0-9_]))/.exec(rest);
      const ident = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
      const punct = puncts.find((p) => rest.startsWith(p));
      if (num && !rest.startsWith('->')) {
        push('number', num[0], i);
        i += num[0].length;
      } else if (ident) {
        push('ident', ident[0], i);
        i += ident[0].length;
      } else if (punct) {
        push('punct', punct, i);
        i += punct.length;
      } else {
        throw new Error(`unexpected character ${JSON.stringify(c)} at offset ${i}`);
      }
    }
  }
  push('eof', '', text.length);
  return tokens;
}

/** A cursor over tokens with the usual expect/accept helpers. */
export class TokenStream {
  private index = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly source: string,
  ) {}

  static of(text: string): TokenStream {
    return new TokenStream(tokenize(text), text);
  }
  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)]!;
  }
  next(): Token {
    const t = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return t;
  }
  /** True when the next token is the punctuation or identifier `text`. */
  at(text: string): boolean {
    const t = this.peek();
    return (t.kind === 'punct' || t.kind === 'ident') && t.text === text;
  }
  accept(text: string): boolean {
    if (!this.at(text)) return false;
    this.next();
    return true;
  }
  expect(text: string): Token {
    if (!this.at(text)) this.fail(`expected '${text}'`);
    return this.next();
  }
  expectKind(kind: TokenKind): Token {
    if (this.peek().kind !== kind) this.fail(`expected ${kind}`);
    return this.next();
  }
  fail(message: string): never {
    const t = this.peek();
    const found = t.kind === 'eof' ? 'end of input' : `'${t.text}'`;
    throw new Error(`${message} but found ${found} at offset ${t.offset}: ${this.source.slice(t.offset, t.offset + 40)}`);
  }
}
