// Which kernel runs an operator node: Note [Kernel resolution].
import type { Node } from '../../ir/node';
import { findNodeSchema } from '../../ir/python_print_schema';
import { TorchError } from '../errors';
import type { IValue } from '../ivalue';
import { bindArguments, lookupOp, opKey, overloadsOf, schemaOf } from '../../ops';
import type { OpEntry } from '../../ops';

/** Runs the node's operator on its input values. */
export type NodeKernel = (args: IValue[]) => IValue;

const NO_KEYWORDS: ReadonlyMap<string, IValue> = new Map();

// Note [Kernel resolution]: a node that carries its matched schema (set by the compiler or the
// tracer) names its kernel directly. Otherwise the overload is chosen once from the inputs' IR
// types, as PyTorch's Node::matches does. Failing that, it is chosen at the first execution from
// the runtime values (binding converts them as a Python call would) and cached per node.
export function resolveKernel(node: Node): NodeKernel {
  const schema = node.schema;
  const fixed = schema ? lookupOp(opKey(schema.name, schema.overloadName)) : findStatic(node);
  if (fixed) return runEntry(fixed);
  let cached: OpEntry | undefined;
  return (args) => {
    if (cached) return call(cached, bindArguments(schemaOf(cached), args, NO_KEYWORDS) ?? args);
    for (const entry of overloadsOf(node.kind)) {
      const bound = bindArguments(schemaOf(entry), args, NO_KEYWORDS);
      if (bound === null) continue;
      cached = entry;
      return call(entry, bound);
    }
    throw new TorchError('RuntimeError', `no overload of ${node.kind} accepts these arguments`);
  };
}

function findStatic(node: Node): OpEntry | undefined {
  const entries = overloadsOf(node.kind);
  const schema = findNodeSchema(node, entries.map(schemaOf));
  return schema ? entries.find((e) => schemaOf(e) === schema) : undefined;
}

function runEntry(entry: OpEntry): NodeKernel {
  const kernel = entry.kernel;
  if (kernel) return kernel;
  return () => call(entry, []);
}

function call(entry: OpEntry, args: IValue[]): IValue {
  if (!entry.kernel) throw new TorchError('NotImplementedError', `${opKey(entry.name, entry.overload)} is not supported yet (${entry.reason ?? entry.status})`);
  return entry.kernel(args);
}
