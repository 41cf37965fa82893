/**
 * The right-hand sides of `.code` statements: one node as a Python expression
 * (`torch.add(x, y)`, `annotate(List[int], [])`, `(self).foo(x, )`), after python_print.cpp.
 */
import type { IValue } from './attributes';
import { constantValue } from './constants';
import type { Node } from './node';
import { constantSource, defaultIValue, ivalueEqual } from './python_print_values';
import type { FunctionSchema } from './schema';
import { DictType, FunctionType, ListType, OptionalType, TupleType, UnionType } from './types';
import type { Type } from './types';
import type { Value } from './value';

/** What printing an expression needs from the printer around it. */
export interface ExprContext {
  /** The name or inlined expression of a value. */
  useOf(v: Value): string;
  /** The source of a constant (tensor constants print as `CONSTANTS.c<i>`). */
  constant(v: IValue): string;
  /** The schema of an operator node that carries none. */
  schemaOf?: (node: Node) => FunctionSchema | undefined;
  /** The qualified name of a function constant whose type has none. */
  functionName?: (node: Node) => string | undefined;
}

export const isValidIdentifier = (s: string): boolean => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);

export const isUnionLike = (t: Type): boolean => t instanceof UnionType || t instanceof OptionalType;

// Lists and dicts of these element types need an annotation to be re-read with the same type.
function inferableElement(t: Type): boolean {
  return !(isUnionLike(t) || t.kind === 'Number' || t.kind === 'Any');
}

function splitKind(kind: string): [string, string] {
  const i = kind.indexOf('::');
  return [kind.slice(0, i), kind.slice(i + 2)];
}

/** The expression that computes `node`'s output. */
export function printRHS(node: Node, ctx: ExprContext): string {
  const ins = node.inputs;
  const list = (values: readonly Value[]): string => values.map((v) => ctx.useOf(v)).join(', ');
  const call = (prefix: string): string => `${prefix}(${list(ins)})`;
  const outType = (): string => node.output().type.annotationStr();
  switch (node.kind) {
    case 'prim::Uninitialized':
      return `uninitialized(${outType()})`;
    case 'prim::Constant':
      return constantRHS(node, ctx);
    case 'aten::ScalarImplicit':
    case 'aten::FloatImplicit':
    case 'aten::IntImplicit':
      return `annotate(${outType()}, ${ctx.useOf(node.input())})`;
    case 'aten::Int':
      return call('int');
    case 'aten::Float':
      return call('float');
    case 'aten::Bool':
      return call('bool');
    case 'aten::str':
      return call('str');
    case 'prim::Print':
      return call('print');
    case 'aten::sorted':
      return call('sorted');
    case 'aten::__getitem__': {
      const base = ctx.useOf(node.input(0));
      return `${isValidIdentifier(base) ? base : `(${base})`}[${ctx.useOf(node.input(1))}]`;
    }
    case 'prim::TupleConstruct': {
      const t = node.output().type;
      const prefix = t instanceof TupleType && t.qualifiedName ? t.qualifiedName : '';
      return `${prefix}(${list(ins)}${ins.length === 1 ? ',)' : ')'}`;
    }
    case 'prim::TupleIndex':
      return `(${ctx.useOf(node.input(0))})[${ctx.useOf(node.input(1))}]`;
    case 'prim::TupleSlice':
      return `(${ctx.useOf(node.input())})[${node.i('beg')}:${node.i('end')}]`;
    case 'prim::ListConstruct': {
      const t = node.output().type;
      const items = `[${list(ins)}]`;
      if (ins.length === 0 || (t instanceof ListType && !inferableElement(t.elementType))) return `annotate(${t.annotationStr()}, ${items})`;
      return items;
    }
    case 'prim::DictConstruct': {
      const t = node.output().type;
      const pairs: string[] = [];
      for (let i = 0; i + 1 < ins.length; i += 2) pairs.push(`${ctx.useOf(ins[i]!)}: ${ctx.useOf(ins[i + 1]!)}`);
      const dict = `{${pairs.join(', ')}}`;
      const plain = t instanceof DictType && inferableElement(t.keyType) && inferableElement(t.valueType);
      return ins.length === 0 || !plain ? `annotate(${t.annotationStr()}, ${dict})` : dict;
    }
    case 'prim::CreateObject':
      return `${outType()}.__new__(${outType()})`;
    case 'prim::PythonOp':
      return `^${node.s('name')}()(${list(ins)})`;
    case 'prim::GetAttr': {
      const field = node.s('name');
      const obj = ctx.useOf(node.input(0));
      return isValidIdentifier(field) ? `${obj}.${field}` : `getattr(${obj}, ${constantSource({ kind: 'str', value: field }, () => '')})`;
    }
    case 'prim::CallFunction':
      return `${ctx.useOf(node.input(0))}(${ins.slice(1).map((v) => `${ctx.useOf(v)}, `).join('')})`;
    case 'prim::CallMethod':
      return `(${ctx.useOf(node.input(0))}).${node.s('name')}(${ins.slice(1).map((v) => `${ctx.useOf(v)}, `).join('')})`;
    case 'prim::unchecked_unwrap_optional':
    case 'prim::unchecked_cast':
      return `unchecked_cast(${outType()}, ${ctx.useOf(node.input())})`;
    case 'prim::isinstance': {
      const attr = node.attributes.get('types');
      const types = attr?.kind === 'tys' ? attr.value : attr?.kind === 'ty' ? [attr.value] : [];
      const names = types.map((t) => t.annotationStr());
      return `isinstance(${ctx.useOf(node.input())}, ${names.length === 1 ? names[0]! : `(${names.join(', ')})`})`;
    }
    case 'prim::tolist':
      return `annotate(${outType()}, ${ctx.useOf(node.input(0))}.tolist())`;
    case 'prim::EnumValue':
      return `(${ctx.useOf(node.input())}).value`;
    case 'prim::EnumName':
      return `(${ctx.useOf(node.input())}).name`;
    default:
      return operatorCall(node, ctx);
  }
}

function constantRHS(node: Node, ctx: ExprContext): string {
  const t = node.output().type;
  if (t instanceof FunctionType) {
    return t.qualifiedName || ctx.functionName?.(node) || (node.hasAttribute('name') ? node.s('name') : 'Function');
  }
  const v = constantValue(node);
  return v === undefined ? 'None' : ctx.constant(v);
}

// `torch.add(x, y)`: trailing arguments equal to their defaults are left out and
// keyword-only arguments are named (PyTorch's CalculateNecessaryArgs).
function operatorCall(node: Node, ctx: ExprContext): string {
  const [ns, name] = splitKind(node.kind);
  const op = node.kind === 'aten::backward' ? 'torch.autograd.backward' : node.kind === 'aten::grad' ? 'torch.autograd.grad' : ns === 'aten' ? `torch.${name}` : `ops.${ns}.${name}`;
  const schema = node.schema ?? ctx.schemaOf?.(node);
  const ins = node.inputs;
  if (!schema) {
    // prim::RaiseException(str msg, str? cls=None): PyTorch leaves a None class out.
    const raiseNoClass = node.kind === 'prim::RaiseException' && ins.length === 2 && constantValue(ins[1]!.node)?.kind === 'none';
    return `${op}(${(raiseNoClass ? ins.slice(0, 1) : ins).map((v) => ctx.useOf(v)).join(', ')})`;
  }
  const formals = schema.arguments;
  let needed = ins.length;
  if (formals.length >= ins.length) {
    needed = 0;
    for (let i = formals.length - 1; i >= 0; i--) {
      const dflt = defaultIValue(formals[i]!);
      const actual = constantValue(ins[i]!.node);
      if (dflt === undefined || actual === undefined || !ivalueEqual(dflt, actual)) {
        needed = i + 1;
        break;
      }
    }
  }
  const args = ins.slice(0, needed).map((v, i) => {
    const formal = formals[i];
    return formal?.kwargOnly ? `${formal.name}=${ctx.useOf(v)}` : ctx.useOf(v);
  });
  return `${op}(${args.join(', ')})`;
}

// PyTorch's LoopView::loopType: a constant-true condition means a `for` over the trip
// count, unless the trip count is the int64 maximum and unused (a `while True`).
export function loopKind(node: Node): 'for' | 'while' | 'modified' {
  const body = node.blocks[0]!;
  const trip = constantValue(node.input(0).node);
  const condIn = constantValue(node.input(1).node);
  const condNext = constantValue(body.outputs[0]!.node);
  const isTrue = (v: IValue | undefined): boolean => v?.kind === 'bool' && v.value;
  const alwaysTrue = isTrue(condIn) && isTrue(condNext);
  const maxInt = 9223372036854775807n;
  const tripSpecified = trip === undefined || (trip.kind === 'int' && BigInt(trip.value) < maxInt) || body.inputs[0]!.uses.length > 0;
  if (alwaysTrue) return tripSpecified ? 'for' : 'while';
  return tripSpecified ? 'modified' : 'while';
}
