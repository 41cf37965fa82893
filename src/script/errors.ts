/**
 * The script compiler's user-facing messages (one table, TorchScript's wording)
 * and the formatter that renders them as PyTorch prints an ErrorReport:
 * `message:\n  File "main.py", line N\n<context>\n    ~~~~ <--- HERE`.
 *
 * Note [Errors are data]: inside the emitter a user error is raised as a
 * ScriptError (like PyTorch's ErrorReport) and caught at the compiler's entry
 * point, which turns it into a Diagnostic. Nothing else escapes to the user.
 */
import type { Diagnostic, SourceRange } from '../lang/source';

export const scriptMessages = {
  'undefined-value': 'undefined value {name}',
  'reassign-type': "Variable '{name}' previously had type {old} but is now being assigned to a value of type {new}\n",
  'not-defined-branch': '\n{name} is not defined in the {branch} branch',
  'return-annotation': 'Return value was annotated as having type {expected} but is actually of type {actual}',
  'return-mismatch':
    'Previous return statement returned a value of type {previous} but this return statement returns a value of type {actual}',
  'no-matching-overload': '\nArguments for call are not valid.\nThe following variants are available:\n{variants}\nThe original call is',
  'schema-mismatch': '\n{detail}',
  'unknown-builtin': 'Unknown builtin op: {name}.\nCould not find any similar ops to {name}. This op may not exist or may not be currently supported in TorchScript.\n',
  'unsupported-syntax': '{what} aren\'t supported',
  'unsupported-node-kind': '{what} aren\'t supported',
  'comprehension-ifs': 'Comprehension ifs are not supported yet',
  'fstring-conversion': "Don't support conversion in JoinedStr",
  'fstring-format': "Don't support formatting in JoinedStr",
  'print-kwargs': "print doesn't accept any keyword arguments",
  'varargs': "Compiled functions can't take variable number of arguments or use keyword-only arguments with defaults",
  'comprehension-generators': 'Only a single generator is currently supported',
  'unsupported-node': 'Python builtin {what} is currently not supported in Torchscript',
  'unknown-annotation': 'Unknown type name \'{name}\'',
  'bad-annotation': 'Unsupported annotation {text}',
  'no-attribute': "'{type}' object has no attribute or method '{name}'",
  'no-method': "'{type}' object has no attribute or method '{name}'.",
  'not-callable': "'{what}' object is not callable",
  'cannot-index': "'{type}' object is not subscriptable",
  'empty-container-type': 'Empty {what} literals need a type annotation',
  'list-annotation':
    'List type annotation `{annotation}` did not match the types of the given list elements, which were unified to {unified}',
  'list-element-type':
    'Lists must contain only a single type, expected: {expected} but found {actual} instead',
  'tuple-index-range': 'Index {index} out of range of tuple of size {size}',
  'tuple-index-constant': 'Tuple indices must be integer constants',
  'bad-assign-target': 'unexpected expression on left-hand side of assignment',
  'default-type': 'Expected a default value of type {type} on parameter "{name}".',
  'tolist-hint': 'Expected type hint for result of tolist()',
  'no-return-path': 'Function was not annotated as having type None, but does not return along all paths',
  'with-object': 'With item expression must return an object',
  'with-methods': 'Object returned by with item expression does not define __enter__ and __exit__ methods',
  'unpack-count': '{what} values to unpack: need {need}, got {got}',
  'cond-type': 'Expected a value of type bool for argument condition but found {type}',
  'branch-type-mismatch':
    'Type mismatch: {name} is set to type {t1} in the true branch and type {t2} in the false branch',
  'loop-type': 'Variable \'{name}\' previously had type {old} but is now being assigned to a value of type {new}\n',
  'cannot-iterate': "'{type}' object is not iterable",
  'break-outside-loop': "SyntaxError: 'break' outside loop",
  'continue-outside-loop': "SyntaxError: 'continue' outside loop",
  'expected-type': 'Expected a value of type {expected} for {what} but found {actual}',
  'annotated-assign': 'Variable \'{name}\' is annotated with type {expected} but is being assigned to a value of type {actual}',
  'not-a-function': 'Cannot compile {what}: {why}',
  'argument-not-provided': '\n{schema}:\nArgument {name} not provided.\n',
  'too-many-arguments': '\n{schema}:\nExpected at most {max} arguments but found {got} positional arguments.\n',
  'unknown-keyword': "\n{schema}:\nKeyword argument {name} unknown.\n",
  'keyword-twice': '\n{schema}:\nArgument {name} specified twice in schema, submit one or the other.\n',
  'argument-type':
    "\n{schema}:\nExpected a value of type '{expected}' for argument '{name}' but instead found type '{actual}'.\n",
  'internal-error': 'internal compiler error: {detail}',
  'module-attribute': "Module '{module}' has no attribute '{name}'",
  'attr-assign-type': 'Wrong type for attribute assignment. Expected {expected} but got {actual}',
  'attr-assign-missing': 'Tried to set nonexistent attribute: {name}. Did you forget to initialize it in __init__()?',
  'closed-over-global':
    "python value of type '{type}' cannot be used as a value. Perhaps it is a closed over global variable? If so, please consider passing it in as an argument or use a local varible instead.",
  'unsupported-value': 'Python value of type \'{type}\' cannot be used as a value{extra}',
} as const;

export type ScriptMessageCode = keyof typeof scriptMessages;

/** The Python exception class PyTorch raises for an error (torch.jit.frontend's for what its frontend rejects). */
export function exceptionClassOf(code: ScriptMessageCode): 'UnsupportedNodeError' | 'NotSupportedError' | 'RuntimeError' {
  if (code === 'unsupported-node-kind') return 'UnsupportedNodeError';
  if (code === 'comprehension-ifs' || code === 'comprehension-generators' || code === 'fstring-conversion' || code === 'fstring-format') return 'NotSupportedError';
  return 'RuntimeError';
}

// torch/jit/frontend.py's names and first tokens of the statements it rejects (UnsupportedNodeError).
const frontendNodes: Readonly<Record<string, readonly [string, string]>> = {
  FunctionDef: ['function definitions', 'def'], ClassDef: ['class definitions', 'class'], Delete: ['del statements', 'del'],
  With: ['with statements', 'with'], Import: ['import statements', 'import'], ImportFrom: ['import statements', 'from'],
  Global: ['global variables', 'global'], Nonlocal: ['nonlocal variables', 'nonlocal'], Try: ['try blocks', 'try'],
};

/** UnsupportedNodeError for a statement or expression kind: the message and the range of its first token. */
export function unsupportedNode(kind: string, range: SourceRange): ScriptError {
  const [what, token] = frontendNodes[kind] ?? [kind, ' '];
  const end = { line: range.start.line, col: range.start.col + token.length, offset: range.start.offset + token.length };
  return scriptError('unsupported-node-kind', { start: range.start, end }, { what });
}

export function scriptMessage(code: ScriptMessageCode, args: Record<string, string | number> = {}): string {
  return scriptMessages[code].replace(/\{(\w+)\}/g, (whole, key: string) => (key in args ? String(args[key]) : whole));
}

/** A second location attached to an error (`and was used here:`). */
export interface ErrorNote {
  readonly message: string;
  readonly range: SourceRange;
}

/** A user error raised inside the emitter; see Note [Errors are data]. */
export class ScriptError extends Error {
  constructor(
    readonly code: ScriptMessageCode,
    readonly range: SourceRange,
    readonly text: string,
    /** The range PyTorch prints first, when it differs from `range` (the line the diagnostic is on). */
    readonly primary?: SourceRange,
    readonly notes: readonly ErrorNote[] = [],
  ) {
    super(text);
  }

  /** The function whose source the ranges point into; set by the compilation unit. */
  window: SourceWindow | undefined;

  /** The calls that led to compiling the failing function, innermost first (`... is being compiled since ...`). */
  readonly callStack: { message: string; range: SourceRange; window?: SourceWindow }[] = [];
}

export function scriptError(
  code: ScriptMessageCode,
  range: SourceRange,
  args: Record<string, string | number> = {},
): ScriptError {
  return new ScriptError(code, range, scriptMessage(code, args));
}

/** A diagnostic from the script compiler; `torchText` is the whole text PyTorch would print. */
export interface ScriptDiagnostic extends Diagnostic {
  readonly torchText: string;
  /** The file the range points into (a library file of src/nn when the error is there). */
  readonly fileName?: string;
}

/** Where the function being compiled lives: the highlight's context stops at its edges, as PyTorch's does. */
export interface SourceWindow {
  readonly text: string;
  readonly fileName: string;
  /** Offsets of the function's source in `text` (PyTorch only sees inspect.getsource of it). */
  readonly start: number;
  readonly end: number;
}

/** Turns a ScriptError into a diagnostic, on the line PyTorch reports (the last highlighted range). */
export function toDiagnostic(e: ScriptError, window: SourceWindow): ScriptDiagnostic {
  const range = e.notes.length > 0 ? e.notes[e.notes.length - 1]!.range : e.range;
  const message = e.text.replace(/^\n+/, '').replace(/\n+$/, '');
  return { message, range, severity: 'error', code: `script/${e.code}`, torchText: renderError(e, window), fileName: window.fileName };
}

/** The full text of PyTorch's ErrorReport::what() for `e`. */
export function renderError(e: ScriptError, window: SourceWindow): string {
  let out = `${e.text}:\n${highlight(e.primary ?? e.range, window)}`;
  for (const note of e.notes) out += `${note.message}:\n${highlight(note.range, window)}`;
  for (const call of e.callStack) if (call.window) out += `${call.message}\n${highlight(call.range, call.window)}`;
  return out;
}

const CONTEXT = 3;

/** PyTorch's SourceRange::highlight: two lines of context on each side, `~` under the range, `<--- HERE` at its end. */
export function highlight(range: SourceRange, window: SourceWindow): string {
  const str = window.text.slice(window.start, window.end);
  const start = Math.max(0, range.start.offset - window.start);
  const rangeEnd = Math.min(str.length, range.end.offset - window.start);
  let beginLine = start;
  while (beginLine > 0 && str[beginLine - 1] !== '\n') beginLine--;
  let endLine = rangeEnd;
  while (endLine < str.length && str[endLine] !== '\n') endLine++;
  let beginContext = beginLine;
  for (let i = 0; beginContext > 0; beginContext--) {
    if (str[beginContext - 1] === '\n') i++;
    if (i >= CONTEXT) break;
  }
  let endContext = endLine;
  for (let i = 0; endContext < str.length; endContext++) {
    if (str[endContext] === '\n') i++;
    if (i >= CONTEXT) break;
  }
  let out = `  File "${window.fileName}", line ${range.start.line}\n`;
  out += str.slice(beginContext, beginLine);
  let lineStart = beginLine;
  while (lineStart < rangeEnd || lineStart === beginLine) {
    let lineEnd = lineStart;
    while (lineEnd < str.length && str[lineEnd] !== '\n') lineEnd++;
    const line = str.slice(lineStart, lineEnd);
    out += `${line}\n`;
    const from = Math.max(start, lineStart + (lineStart === beginLine ? 0 : line.length - line.trimStart().length));
    const to = Math.min(rangeEnd, lineEnd);
    out += ' '.repeat(from - lineStart) + '~'.repeat(Math.max(1, to - from));
    if (lineEnd >= rangeEnd) out += ' <--- HERE';
    out += '\n';
    lineStart = lineEnd + 1;
    if (lineEnd >= str.length) break;
  }
  if (endLine < str.length) out += str.slice(endLine + 1, endContext + (endContext < str.length ? 1 : 0));
  return out;
}
