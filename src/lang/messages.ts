/**
 * Every user-facing message of the front end (lexer and parser), keyed by a
 * stable code. Templates use `{name}` placeholders. Wording follows CPython's
 * SyntaxError messages where one exists, so users recognise them.
 */
import type { Diagnostic, Severity, SourceRange } from './source';

export const langMessages = {
  // Lexer.
  'invalid-character': "invalid character '{char}' (U+{hex})",
  'unterminated-string': 'unterminated string literal',
  'unterminated-triple-string': 'unterminated triple-quoted string literal',
  'bytes-literal': 'bytes literals are not supported in TorchScript',
  'complex-literal': 'complex literals are not supported in TorchScript',
  'invalid-number': 'invalid {base} literal',
  'leading-zeros':
    'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
  'truncated-escape': "truncated '\\{escape}' escape in string literal",
  'invalid-unicode-escape': "invalid unicode escape '\\{escape}' in string literal",
  'named-escape': "'\\N{...}' escapes are not supported",
  'line-continuation': 'unexpected character after line continuation character',
  'eof-in-continuation': 'unexpected end of file after line continuation character',
  'inconsistent-tabs': 'inconsistent use of tabs and spaces in indentation',
  'bad-dedent': 'unindent does not match any outer indentation level',
  'too-deep-indent': 'too many levels of indentation',
  'unclosed-bracket': "'{open}' was never closed",
  'unmatched-bracket': "unmatched '{close}'",
  'mismatched-bracket': "closing parenthesis '{close}' does not match opening parenthesis '{open}'",
  // Parser.
  'expected-token': 'expected {expected}, found {found}',
  'invalid-syntax': 'invalid syntax: unexpected {found}',
  'unexpected-indent': 'unexpected indent',
  'expected-indent': 'expected an indented block after {what} on line {line}',
  'too-deep-nesting': 'expression is nested too deeply',
  'invalid-target': 'cannot assign to {what}',
  'invalid-aug-target': "'{what}' is an illegal expression for augmented assignment",
  'invalid-ann-target': 'only a single name, attribute or subscript can be annotated',
  'invalid-delete-target': 'cannot delete {what}',
  'unsupported-syntax': '{what} is not supported in TorchScript',
  'positional-after-keyword': 'positional argument follows keyword argument',
  'positional-after-kwargs': 'positional argument follows keyword argument unpacking',
  'keyword-repeated': "keyword argument repeated: '{name}'",
  'invalid-keyword': 'expression cannot contain assignment, perhaps you meant "=="?',
  'non-default-after-default': 'non-default argument follows default argument',
  'duplicate-argument': "duplicate argument '{name}' in function definition",
  'bare-star': 'named arguments must follow bare *',
  'args-after-kwargs': 'arguments cannot follow var-keyword argument',
  'misplaced-slash': "'/' must be ahead of '*' and may appear only once",
  'break-outside-loop': "'break' outside loop",
  'continue-outside-loop': "'continue' not properly in loop",
  'return-outside-function': "'return' outside function",
  'multiple-starred': 'multiple starred expressions in assignment',
  'fstring-expecting-brace': "f-string: expecting '}'",
  'fstring-single-brace': "f-string: single '}' is not allowed",
  'fstring-empty-expression': 'f-string: empty expression not allowed',
  'fstring-backslash': 'f-string expression part cannot include a backslash',
  'fstring-conversion': "f-string: invalid conversion character: expected 's', 'r', or 'a'",
  'fstring-too-deep': 'f-string: expressions nested too deeply',
  'internal-error': 'internal error in the parser: {detail}',
} as const;

export type LangMessageCode = keyof typeof langMessages;

/** Fills a template; a missing argument is left visible as `{name}` rather than dropped. */
export function formatMessage(code: LangMessageCode, args: Record<string, string | number> = {}): string {
  return langMessages[code].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in args ? String(args[key]) : whole,
  );
}

/** The one way the front end makes a diagnostic; `code` is prefixed `lang/` to name the stage. */
export function langDiagnostic(
  code: LangMessageCode,
  range: SourceRange,
  args: Record<string, string | number> = {},
  severity: Severity = 'error',
): Diagnostic {
  return { message: formatMessage(code, args), range, severity, code: `lang/${code}` };
}
