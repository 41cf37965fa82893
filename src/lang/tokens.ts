/** Tokens of the TorchScript language, as Python's tokenizer makes them. */

export type TokenKind = 'Name' | 'Number' | 'String' | 'Op' | 'Newline' | 'Indent' | 'Dedent' | 'EndMarker';

/** Offsets are 0-based into the source text, `end` exclusive; a `LineMap` turns them into positions. */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** A string whose closing quote is missing (already reported). */
  readonly unterminated?: boolean;
}

/** A `#` comment; kept aside so the parser can read `# type:` comments. */
export interface Comment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Python's keywords; `Name` tokens with this text are keywords, not identifiers. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);

/** Operators and delimiters, longest first so a greedy match picks `**=` before `**`. */
export const OPERATORS: readonly string[] = [
  '**=',
  '//=',
  '>>=',
  '<<=',
  '...',
  '->',
  '**',
  '//',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '@=',
  ':=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '@',
  '&',
  '|',
  '^',
  '~',
  '<',
  '>',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  ';',
  '.',
  '=',
];

/** How a token reads in a message: `'def'`, `newline`, `end of file`. */
export function describeToken(t: Token): string {
  switch (t.kind) {
    case 'Newline':
      return 'newline';
    case 'Indent':
      return 'indent';
    case 'Dedent':
      return 'dedent';
    case 'EndMarker':
      return 'end of file';
    case 'String':
      return 'string literal';
    case 'Number':
      return `number '${t.text}'`;
    default:
      return `'${t.text}'`;
  }
}
