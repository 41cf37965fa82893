/**
 * Which operator schema a node calls, decided from its kind and its inputs' types, after
 * PyTorch's `Node::matches` (ir.cpp): the argument count must equal the input count (unless
 * the schema is vararg) and every input type must fit its formal, binding type variables.
 * The `.code` printer needs it for default and keyword arguments, the IR interpreter to pick
 * a kernel for nodes that carry no matched schema.
 */
import type { Node } from './node';
import type { FunctionSchema } from './schema';
import { DictType, FutureType, ListType, NumberType, OptionalType, TensorType, TupleType, UnionType, VarType } from './types';
import type { Type } from './types';

/** True when `node`'s inputs fit `schema`'s arguments (PyTorch's Node::matches). */
export function nodeMatchesSchema(node: Node, schema: FunctionSchema): boolean {
  if (schema.name !== node.kind) return false;
  const actuals = node.inputs;
  const formals = schema.arguments;
  if (actuals.length < formals.length) return false;
  if (!schema.isVararg && actuals.length !== formals.length) return false;
  const env = new Map<string, Type>();
  return formals.every((f, i) => matchType(f.type, actuals[i]!.type, env));
}

/** The first of `candidates` (in registration order) that `node` matches. */
export function findNodeSchema(node: Node, candidates: Iterable<FunctionSchema>): FunctionSchema | undefined {
  for (const s of candidates) if (nodeMatchesSchema(node, s)) return s;
  return undefined;
}

function matchType(formal: Type, actual: Type, env: Map<string, Type>): boolean {
  if (formal.kind === 'Any') return true;
  if (formal instanceof VarType) {
    const bound = env.get(formal.name);
    if (!bound) {
      env.set(formal.name, actual);
      return true;
    }
    return actual.isSubtypeOf(bound) || bound.isSubtypeOf(actual);
  }
  if (formal instanceof OptionalType) {
    if (actual.kind === 'NoneType') return true;
    if (actual instanceof OptionalType) return matchType(formal.elementType, actual.elementType, env);
    return matchType(formal.elementType, actual, env);
  }
  if (formal instanceof UnionType) return formal.types.some((t) => matchType(t, actual, env));
  if (formal instanceof ListType) return actual instanceof ListType && matchType(formal.elementType, actual.elementType, env);
  if (formal instanceof TupleType) {
    return (
      actual instanceof TupleType &&
      actual.elements.length === formal.elements.length &&
      formal.elements.every((t, i) => matchType(t, actual.elements[i]!, env))
    );
  }
  if (formal instanceof DictType) {
    return actual instanceof DictType && matchType(formal.keyType, actual.keyType, env) && matchType(formal.valueType, actual.valueType, env);
  }
  if (formal instanceof FutureType) return actual instanceof FutureType && matchType(formal.elementType, actual.elementType, env);
  if (formal === NumberType) return actual.kind === 'int' || actual.kind === 'float' || actual.kind === 'complex' || actual === NumberType;
  if (formal instanceof TensorType) return actual instanceof TensorType;
  return actual.isSubtypeOf(formal);
}
