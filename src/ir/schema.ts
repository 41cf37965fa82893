/**
 * Operator schemas, after ATen's FunctionSchema:
 * `aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor`.
 * Schemas are our own data, so a malformed one throws an Error.
 */
import { unquoteString } from './format';
import { TokenStream } from './lexer';
import { annotatedTypeStr, parseAnnotatedType, semanticType } from './type_parser';
import type { AliasInfo, AnnotatedType } from './type_parser';
import type { Type } from './types';

/** A parsed default value: the literal as a plain JS value. */
export type DefaultValue = number | boolean | string | null | readonly DefaultValue[];

export class Argument {
  constructor(
    readonly name: string,
    /** The type as written, with alias annotations (`Tensor(a!)`, `SymInt[2]`). */
    readonly annotated: AnnotatedType,
    readonly kwargOnly: boolean,
    /** The default as written (`1`, `None`, `[0, 0]`, `"mean"`), if any. */
    readonly defaultText?: string,
  ) {}
  /** The runtime type: fake schema types become int (Note [Fake schema types]). */
  get type(): Type {
    return semanticType(this.annotated.type);
  }
  /** The type as spelled in the schema (`ScalarType?`, `SymInt[]`). */
  get realType(): Type {
    return this.annotated.type;
  }
  get aliasInfo(): AliasInfo | undefined {
    return this.annotated.alias ?? this.annotated.element?.alias;
  }
  /** For fixed-size lists (`int[2] stride`): the size, which lets a single int broadcast. */
  get fixedSize(): number | undefined {
    return this.annotated.size;
  }
  get hasDefault(): boolean {
    return this.defaultText !== undefined;
  }
  get defaultValue(): DefaultValue | undefined {
    return this.defaultText === undefined ? undefined : parseDefault(TokenStream.of(this.defaultText));
  }
  /** True when the op writes to this argument (`Tensor(a!)`). */
  get isWrite(): boolean {
    return this.aliasInfo?.isWrite ?? false;
  }
  toString(): string {
    const type = annotatedTypeStr(this.annotated);
    const named = this.name ? `${type} ${this.name}` : type;
    return this.defaultText === undefined ? named : `${named}=${this.defaultText}`;
  }
}

export class FunctionSchema {
  readonly arguments: readonly Argument[];
  constructor(
    /** Qualified operator name, e.g. `aten::add`. */
    readonly name: string,
    /** Overload name, e.g. `Tensor` in `aten::add.Tensor`; empty when none. */
    readonly overloadName: string,
    args: readonly Argument[],
    readonly returns: readonly Argument[],
    /** `...` among the arguments. */
    readonly isVararg = false,
    /** `-> ...` */
    readonly isVarret = false,
  ) {
    this.arguments = args;
  }

  /** `aten::add.Tensor`. */
  get qualifiedName(): string {
    return this.overloadName ? `${this.name}.${this.overloadName}` : this.name;
  }
  /** True when some argument is written to (an `!` alias annotation): the op mutates. */
  isMutable(): boolean {
    return this.arguments.some((a) => a.isWrite);
  }
  argumentIndexWithName(name: string): number | undefined {
    const i = this.arguments.findIndex((a) => a.name === name);
    return i < 0 ? undefined : i;
  }
  toString(): string {
    const args = this.arguments.map((a) => a.toString());
    const firstKwarg = this.arguments.findIndex((a) => a.kwargOnly);
    if (firstKwarg >= 0) args.splice(firstKwarg, 0, '*');
    if (this.isVararg) args.push('...');
    return `${this.qualifiedName}(${args.join(', ')}) -> ${this.returnsStr()}`;
  }
  private returnsStr(): string {
    if (this.isVarret) return '...';
    const items = this.returns.map((r) => r.toString());
    // A single return is printed bare unless its text would read as a return list.
    if (items.length === 1 && !items[0]!.startsWith('(')) return items[0]!;
    return `(${items.join(', ')})`;
  }
}

/** Parses a PyTorch schema string; throws on malformed input. */
export function parseSchema(text: string): FunctionSchema {
  const ts = TokenStream.of(text);
  const { name, overloadName } = parseName(ts);
  const args: Argument[] = [];
  let kwargOnly = false;
  let isVararg = false;
  ts.expect('(');
  while (!ts.accept(')')) {
    if (ts.accept('*')) kwargOnly = true;
    else if (ts.accept('...')) isVararg = true;
    else args.push(parseArgument(ts, kwargOnly, true));
    if (!ts.at(')')) ts.expect(',');
  }
  ts.expect('->');
  const returns: Argument[] = [];
  let isVarret = false;
  if (ts.accept('...')) isVarret = true;
  else if (ts.at('(') && !isTupleTypeStart(ts)) {
    ts.next();
    while (!ts.accept(')')) {
      returns.push(parseArgument(ts, false, false));
      if (!ts.at(')')) ts.expect(',');
    }
  } else {
    returns.push(parseArgument(ts, false, false));
  }
  if (ts.peek().kind !== 'eof') ts.fail('expected end of schema');
  return new FunctionSchema(name, overloadName, args, returns, isVararg, isVarret);
}

// A parenthesised return list `(Tensor a, Tensor b)` versus a tuple return type `(Tensor, Tensor)[]`:
// we look for the matching ')' and check whether a list suffix follows it.
function isTupleTypeStart(ts: TokenStream): boolean {
  let depth = 0;
  for (let i = 0; ; i++) {
    const t = ts.peek(i);
    if (t.kind === 'eof') return false;
    if (t.text === '(') depth++;
    if (t.text === ')' && --depth === 0) return ts.peek(i + 1).text === '[' || ts.peek(i + 1).text === '?';
  }
}

function parseName(ts: TokenStream): { name: string; overloadName: string } {
  const ns = ts.expectKind('ident').text;
  ts.expect('::');
  const base = ts.expectKind('ident').text;
  const overloadName = ts.accept('.') ? ts.expectKind('ident').text : '';
  return { name: `${ns}::${base}`, overloadName };
}

function parseArgument(ts: TokenStream, kwargOnly: boolean, isArg: boolean): Argument {
  const annotated = parseAnnotatedType(ts, 'schema');
  // `nan` and `inf` lex as numbers but are fine argument names.
  const t = ts.peek();
  const name = t.kind === 'ident' || /^(nan|inf)$/.test(t.text) ? ts.next().text : '';
  if (isArg && !name) ts.fail('expected an argument name');
  let defaultText: string | undefined;
  if (isArg && ts.accept('=')) defaultText = defaultTextOf(ts);
  return new Argument(name, annotated, kwargOnly, defaultText);
}

// Re-creates the default's text from its tokens, in the canonical spacing PyTorch prints.
function defaultTextOf(ts: TokenStream): string {
  const t = ts.next();
  if (t.kind === 'string') return `"${t.text}"`;
  if (t.text !== '[') return t.text;
  const items: string[] = [];
  while (!ts.accept(']')) {
    items.push(defaultTextOf(ts));
    if (!ts.at(']')) ts.expect(',');
  }
  return `[${items.join(', ')}]`;
}

function parseDefault(ts: TokenStream): DefaultValue {
  const t = ts.next();
  if (t.kind === 'string') return unquoteString(t.text);
  if (t.kind === 'number') return t.text.endsWith('inf') ? (t.text.startsWith('-') ? -Infinity : Infinity) : Number(t.text);
  if (t.text === 'None') return null;
  if (t.text === 'True' || t.text === 'False') return t.text === 'True';
  if (t.text === '[') {
    const items: DefaultValue[] = [];
    while (!ts.accept(']')) {
      items.push(parseDefault(ts));
      if (!ts.at(']')) ts.expect(',');
    }
    return items;
  }
  // Enum-like defaults such as `contiguous_format` stay as their name.
  return t.text;
}
