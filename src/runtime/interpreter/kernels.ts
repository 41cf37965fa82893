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

/** Sees every operator result of a graph run: `aten::add.Tensor`, its arguments, its result. */
export type ResultObserver = (qualifiedName: string, args: readonly IValue[], result: IValue) => void;

// Note [Result observer]: eager code tags results with autograd metadata (requires_grad,
// grad_fn) as PyTorch's dispatcher would; a scripted or traced module called from eager code
// runs here, so the api layer installs the same tagging as an observer (src/runtime must not
// import src/eager). Null costs one branch per node.
let resultObserver: ResultObserver | null = null;

/** Installs `observer` (or none) for every graph run; returns the previous one. */
export function setResultObserver(observer: ResultObserver | null): ResultObserver | null {
  const previous = resultObserver;
  resultObserver = observer;
  return previous;
}

function observed(entry: OpEntry, kernel: NodeKernel): NodeKernel {
  const name = opKey(entry.name, entry.overload);
  return (args) => {
    const result = kernel(args);
    if (resultObserver) resultObserver(name, args, result);
    return result;
  };
}

// Note [Kernel resolution]: a node that carries its matched schema (set by the compiler or the
// tracer) names its kernel directly. Otherwise the overload is chosen once from the inputs' IR
// types, as PyTorch's Node::matches does. Failing that, it is chosen at the first execution from
// the runtime values (binding converts them as a Python call would) and cached per node.
export function resolveKernel(node: Node): NodeKernel {
  const schema = node.schema;
  const fixed = schema ? lookupOp(opKey(schema.name, schema.overloadName)) : findStatic(node);
  if (fixed) return observed(fixed, runEntry(fixed));
  let cached: NodeKernel | undefined;
  let cachedEntry: OpEntry | undefined;
  return (args) => {
    if (cached) return cached(bindArguments(schemaOf(cachedEntry!), args, NO_KEYWORDS) ?? args);
    for (const entry of overloadsOf(node.kind)) {
      const bound = bindArguments(schemaOf(entry), args, NO_KEYWORDS);
      if (bound === null) continue;
      cachedEntry = entry;
      cached = observed(entry, (a) => call(entry, a));
      return cached(bound);
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
