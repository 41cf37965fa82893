/**
 * Parses type syntax, shared by schemas (`Tensor(a!)[]`, `int[2]`, `t?`) and IR
 * text (`Float(3, 4, strides=[4, 1], requires_grad=0, device=cpu)`), as
 * PyTorch's SchemaTypeParser serves both.
 */
import type { TokenStream } from './lexer';
import {
  AnyType, BoolType, CapsuleType, ClassType, ComplexType, DeviceObjType, DictType, FloatType, FunctionType,
  FutureType, GeneratorType, IntType, LayoutType, ListType, MemoryFormatType, NoneType, NumberType,
  OptionalType, ScalarTypeType, StorageType, StreamObjType, StringType, SymIntType, TensorType, TupleType,
  UnionType, VarType,
} from './types';
import type { Dim, Type } from './types';

/** Alias annotation of a schema type: `(a)`, `(a!)`, `(a -> *)`, `(b|a)`. */
export interface AliasInfo {
  readonly beforeSets: readonly string[];
  readonly afterSets?: readonly string[];
  readonly isWrite: boolean;
}

/** A schema type as written: the Type plus alias annotations and fixed list sizes. */
export interface AnnotatedType {
  readonly type: Type;
  readonly alias?: AliasInfo;
  /** For `T[]`, `T[N]` and `T?`: the annotated element. */
  readonly element?: AnnotatedType;
  /** For fixed-size lists such as `int[2]`. */
  readonly size?: number;
}

export const scalarTypeNames = [
  'Byte', 'Char', 'Short', 'Int', 'Long', 'Half', 'Float', 'Double', 'ComplexHalf', 'ComplexFloat',
  'ComplexDouble', 'Bool', 'QInt8', 'QUInt8', 'QInt32', 'BFloat16', 'QUInt4x2', 'QUInt2x4',
];

const simpleTypes: Record<string, Type> = {
  Tensor: TensorType.get(), int: IntType, float: FloatType, complex: ComplexType, bool: BoolType,
  str: StringType, NoneType, None: NoneType, Device: DeviceObjType, Scalar: NumberType, number: NumberType,
  Generator: GeneratorType, Layout: LayoutType, ScalarType: ScalarTypeType, MemoryFormat: MemoryFormatType,
  SymInt: SymIntType, Storage: StorageType, Stream: StreamObjType, Capsule: CapsuleType, Any: AnyType,
  Function: new FunctionType(),
};

export type TypeSyntax = 'schema' | 'ir';

/** Parses one type; in `ir` syntax alias annotations are not allowed. */
export function parseAnnotatedType(ts: TokenStream, syntax: TypeSyntax): AnnotatedType {
  let result = parseBase(ts, syntax);
  for (;;) {
    if (ts.at('[')) {
      ts.next();
      const size = ts.peek().kind === 'number' ? Number(ts.next().text) : undefined;
      ts.expect(']');
      const alias = syntax === 'schema' ? parseAlias(ts) : undefined;
      result = { type: new ListType(result.type), element: result, size, alias };
    } else if (ts.accept('?')) {
      result = { type: OptionalType.create(result.type), element: result };
    } else {
      return result;
    }
  }
}

export function parseType(ts: TokenStream, syntax: TypeSyntax = 'ir'): Type {
  return parseAnnotatedType(ts, syntax).type;
}

function parseTypeList(ts: TokenStream, syntax: TypeSyntax): Type[] {
  const types: Type[] = [];
  ts.expect('(');
  while (!ts.accept(')')) {
    types.push(parseType(ts, syntax));
    if (!ts.at(')')) ts.expect(',');
  }
  return types;
}

function parseBase(ts: TokenStream, syntax: TypeSyntax): AnnotatedType {
  const base = parseBaseType(ts, syntax);
  return base.alias || syntax !== 'schema' ? base : { type: base.type, alias: parseAlias(ts) };
}

function parseBaseType(ts: TokenStream, syntax: TypeSyntax): AnnotatedType {
  if (ts.at('(')) return { type: new TupleType(parseTypeList(ts, syntax)) };
  const name = ts.expectKind('ident').text;
  if (name === 'Dict' || name === 'Future' || name === 'RRef' || name === 'Union' || name === 'Optional') {
    const args = parseTypeList(ts, syntax);
    if (name === 'Dict' && args.length === 2) return { type: new DictType(args[0]!, args[1]!) };
    if ((name === 'Future' || name === 'RRef') && args.length === 1) return { type: new FutureType(name, args[0]!) };
    if (name === 'Optional' && args.length === 1) return { type: OptionalType.create(args[0]!) };
    if (name === 'Union') return { type: UnionType.create(args) };
    ts.fail(`wrong number of type arguments to ${name}`);
  }
  const scalar = scalarTypeNames.find((s) => name === s || name === `${s}Tensor`);
  if (scalar && syntax === 'ir') {
    if (name !== scalar) return { type: TensorType.create({ scalarType: scalar }) };
    return { type: parseTensorDetails(ts, scalar) };
  }
  if (name === 'Tensor' && syntax === 'ir' && ts.at('(')) return { type: parseTensorDetails(ts, undefined) };
  const known = simpleTypes[name];
  if (known) return { type: known };
  if (syntax === 'schema' && /^[a-z]\w*$/.test(name)) return { type: new VarType(name) };
  let qualified = name;
  while (ts.at('.') && ts.peek(1).kind === 'ident') {
    ts.next();
    qualified += `.${ts.next().text}`;
  }
  return { type: new ClassType(qualified) };
}

function parseDims(ts: TokenStream): Dim[] {
  const dims: Dim[] = [];
  ts.expect('[');
  while (!ts.accept(']')) {
    dims.push(ts.accept('*') ? null : Number(ts.expectKind('number').text));
    if (!ts.at(']')) ts.expect(',');
  }
  return dims;
}

function parseTensorDetails(ts: TokenStream, scalarType: string | undefined): TensorType {
  const sizes: Dim[] = [];
  let strides: Dim[] | undefined;
  let requiresGrad: boolean | undefined;
  let device: string | undefined;
  let undef: boolean | undefined;
  ts.expect('(');
  while (!ts.accept(')')) {
    if (ts.accept('*')) sizes.push(null);
    else if (ts.peek().kind === 'number') sizes.push(Number(ts.next().text));
    else {
      const key = ts.expectKind('ident').text;
      ts.expect('=');
      if (key === 'strides') strides = parseDims(ts);
      else if (key === 'requires_grad') requiresGrad = ts.next().text === '1';
      else if (key === 'device') {
        device = ts.next().text;
        if (ts.accept(':')) device += `:${ts.next().text}`;
      } else ts.fail(`unknown tensor type field ${key}`);
    }
    if (!ts.at(')')) ts.expect(',');
  }
  if (ts.at('[') && ts.peek(1).text === 'Undefined') {
    ts.next();
    ts.next();
    ts.expect(']');
    undef = true;
  }
  return TensorType.create({ scalarType, sizes, strides, requiresGrad, device, undefined: undef });
}

function parseAliasSet(ts: TokenStream): string[] {
  const names = [ts.accept('*') ? '*' : ts.expectKind('ident').text];
  while (ts.accept('|')) names.push(ts.accept('*') ? '*' : ts.expectKind('ident').text);
  return names;
}

function parseAlias(ts: TokenStream): AliasInfo | undefined {
  if (!ts.at('(')) return undefined;
  const t = ts.peek(1);
  if (!(t.kind === 'ident' || t.text === '*')) return undefined;
  ts.next();
  const beforeSets = parseAliasSet(ts);
  const isWrite = ts.accept('!');
  const afterSets = ts.accept('->') ? parseAliasSet(ts) : undefined;
  ts.expect(')');
  return { beforeSets, afterSets, isWrite };
}

export function aliasStr(alias: AliasInfo | undefined): string {
  if (!alias) return '';
  const after = alias.afterSets ? ` -> ${alias.afterSets.join('|')}` : '';
  return `(${alias.beforeSets.join('|')}${alias.isWrite ? '!' : ''}${after})`;
}

/** Prints a schema type as written, with alias annotations. */
export function annotatedTypeStr(a: AnnotatedType): string {
  if (a.element && a.type instanceof ListType) return `${annotatedTypeStr(a.element)}[${a.size ?? ''}]${aliasStr(a.alias)}`;
  if (a.element && a.type instanceof OptionalType) return `${annotatedTypeStr(a.element)}?`;
  return schemaTypeStr(a.type) + aliasStr(a.alias);
}

function schemaTypeStr(t: Type): string {
  if (t instanceof DictType) return `Dict(${schemaTypeStr(t.keyType)}, ${schemaTypeStr(t.valueType)})`;
  if (t instanceof FutureType) return `${t.kind}(${schemaTypeStr(t.elementType)})`;
  if (t instanceof TupleType) return `(${t.elements.map(schemaTypeStr).join(', ')})`;
  if (t instanceof ListType) return `${schemaTypeStr(t.elementType)}[]`;
  if (t instanceof OptionalType) return `${schemaTypeStr(t.elementType)}?`;
  return t.str();
}

/** Note [Fake schema types]: the runtime type of a schema type (SymInt, ScalarType, Layout, MemoryFormat are int). */
export function semanticType(t: Type): Type {
  if (t === ScalarTypeType || t === LayoutType || t === MemoryFormatType || t === SymIntType) return IntType;
  if (t instanceof ListType) return new ListType(semanticType(t.elementType));
  if (t instanceof OptionalType) return OptionalType.create(semanticType(t.elementType));
  if (t instanceof TupleType) return new TupleType(t.elements.map(semanticType), t.names, t.qualifiedName);
  if (t instanceof DictType) return new DictType(semanticType(t.keyType), semanticType(t.valueType));
  return t;
}
