/**
 * Types from annotations, after torch/csrc/jit/frontend/script_type_parser.cpp:
 * `int`, `torch.Tensor`, `List[int]`, `Dict[str, Tensor]`, `Tuple[int, ...]`,
 * `Optional[T]`, `Union[...]`, `Final[T]`, and signature type comments.
 */
import type { Expr, FunctionDef } from '../lang/ast';
import { allArgs } from '../lang/ast';
import { parse } from '../lang/parser';
import {
  AnyType, BoolType, ComplexType, DeviceObjType, DictType, FloatType, IntType, ListType, NoneType, NumberType,
  OptionalType, StringType, TensorType, TupleType, UnionType,
} from '../ir/types';
import type { Type } from '../ir/types';
import type { AnnotatedType } from '../ir/type_parser';
import { scriptError } from './errors';

const simpleNames: Readonly<Record<string, Type>> = {
  int: IntType, float: FloatType, bool: BoolType, str: StringType, Tensor: TensorType.get(), complex: ComplexType,
  None: NoneType, NoneType: NoneType, Any: AnyType, number: NumberType, device: DeviceObjType, Device: DeviceObjType,
};

/** The dotted name of `a.b.c`, or undefined for other expressions. */
export function dottedName(e: Expr): string | undefined {
  if (e.kind === 'Name') return e.id;
  if (e.kind === 'Attribute') {
    const base = dottedName(e.value);
    return base === undefined ? undefined : `${base}.${e.attr}`;
  }
  return undefined;
}

const lastPart = (name: string): string => name.slice(name.lastIndexOf('.') + 1);

/** An annotation's type and whether it was wrapped in `Final`. */
export interface ParsedAnnotation {
  readonly type: Type;
  readonly final: boolean;
}

export function parseAnnotation(e: Expr, types?: TypeResolver): ParsedAnnotation {
  if (e.kind === 'Subscript') {
    const head = dottedName(e.value);
    if (head !== undefined && lastPart(head) === 'Final') return { type: typeFromExpr(e.slice, types), final: true };
  }
  const name = dottedName(e);
  if (name !== undefined && lastPart(name) === 'Final') return { type: AnyType, final: true };
  return { type: typeFromExpr(e, types), final: false };
}

/** User-defined types by name (NamedTuple and `@torch.jit.script` classes), from the resolver. */
export type TypeResolver = (name: string) => Type | undefined;

/** The TorchScript type an annotation expression denotes; a ScriptError when it denotes none. */
export function typeFromExpr(e: Expr, types?: TypeResolver): Type {
  const sub = (x: Expr): Type => typeFromExpr(x, types);
  if (e.kind === 'Constant') {
    if (e.type === 'None') return NoneType;
    if (e.type === 'str') return typeFromString(e.value, e, types);
  }
  const name = dottedName(e);
  if (name !== undefined) {
    const t = simpleNames[lastPart(name)];
    if (t) return t;
    const user = types?.(name);
    if (user) return user;
    if (['List', 'list'].includes(lastPart(name))) return new ListType(TensorType.get());
    throw scriptError('unknown-annotation', e.range, { name });
  }
  if (e.kind === 'Subscript') {
    const head = dottedName(e.value);
    const args = e.slice.kind === 'Tuple' ? e.slice.elts : [e.slice];
    const base = head === undefined ? '' : lastPart(head);
    if (broadcastingSize(base) !== undefined) return new ListType(sub(args[0]!));
    switch (base) {
      case 'List':
      case 'list':
        return new ListType(sub(args[0]!));
      case 'Dict':
      case 'dict':
        if (args.length !== 2) break;
        return new DictType(sub(args[0]!), sub(args[1]!));
      case 'Tuple':
      case 'tuple':
        if (args.length === 1 && args[0]!.kind === 'Tuple' && args[0]!.elts.length === 0) return new TupleType([]);
        return new TupleType(args.map(sub));
      case 'Optional':
        return OptionalType.create(sub(args[0]!));
      case 'Union':
        return UnionType.create(args.map(sub));
      case 'Final':
        return sub(args[0]!);
    }
  }
  throw scriptError('bad-annotation', e.range, { text: head(e) });
}

// `BroadcastingList2[int]` (torch._jit_internal): an `int[2]`, so a single int broadcasts.
function broadcastingSize(name: string): number | undefined {
  const m = /^BroadcastingList([1-9])$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** The annotation with the fixed list size of `BroadcastingListN[T]`, also under `Optional[...]`. */
export function annotatedFromExpr(e: Expr, types?: TypeResolver): AnnotatedType {
  const type = typeFromExpr(e, types);
  if (e.kind !== 'Subscript') return { type };
  const base = lastPart(dottedName(e.value) ?? '');
  const size = broadcastingSize(base);
  if (size !== undefined) return { type, size };
  if (base === 'Optional' && e.slice.kind !== 'Tuple') {
    const element = annotatedFromExpr(e.slice, types);
    if (element.size !== undefined) return { type, element };
  }
  return { type };
}

function head(e: Expr): string {
  return dottedName(e) ?? e.kind;
}

// A string annotation (`"Tensor"`) is parsed as an expression; positions point at the string.
function typeFromString(text: string, at: Expr, types?: TypeResolver): Type {
  const { module, diagnostics } = parse(text);
  const stmt = module.body[0];
  if (diagnostics.length > 0 || !stmt || stmt.kind !== 'ExprStmt') throw scriptError('bad-annotation', at.range, { text });
  try {
    return typeFromExpr(stmt.value, types);
  } catch {
    throw scriptError('bad-annotation', at.range, { text });
  }
}

export interface SignatureParam {
  readonly name: string;
  readonly type: Type;
  readonly default: Expr | null;
  /** Set for `BroadcastingListN[T]` annotations (fixed-size lists). */
  readonly annotated?: AnnotatedType;
}

/** A function's signature: parameter types (unannotated ones are Tensor) and the return type, if annotated. */
export interface Signature {
  readonly params: readonly SignatureParam[];
  readonly returns: Type | undefined;
}

export function functionSignature(def: FunctionDef, skipSelf: boolean, types?: TypeResolver): Signature {
  const all = allArgs(def.args);
  const params = skipSelf ? all.slice(1) : all;
  const comment = def.typeComment;
  if (comment) {
    return {
      params: params.map((p, i) => ({
        name: p.arg.arg,
        type: comment.argtypes[i] ? typeFromExpr(comment.argtypes[i]!, types) : TensorType.get(),
        default: p.default,
      })),
      returns: typeFromExpr(comment.returns, types),
    };
  }
  return {
    params: params.map((p) => {
      const annotated = p.arg.annotation ? annotatedFromExpr(p.arg.annotation, types) : { type: TensorType.get() };
      const fixed = annotated.size !== undefined || annotated.element !== undefined;
      return { name: p.arg.arg, type: annotated.type, default: p.default, ...(fixed ? { annotated } : {}) };
    }),
    returns: def.returns ? typeFromExpr(def.returns, types) : undefined,
  };
}
