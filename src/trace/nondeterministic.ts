/**
 * The check's "Trace had nondeterministic nodes" warning, after torch/jit/_trace.py
 * `maybe_warn_nondeterministic` and Node::isNondeterministic (torch/csrc/jit/ir/ir.cpp).
 */
import { constantValue } from '../ir/constants';
import type { Graph } from '../ir/graph';
import type { Node } from '../ir/node';
import { printNode } from '../ir/printer';
import { indent } from './check';

// Operators whose results are random (ir.cpp's nondeterministic_ops, by kind).
const NONDETERMINISTIC = new Set([
  'aten::dropout', 'aten::_fused_dropout', 'aten::_standard_gamma', 'aten::bernoulli', 'aten::multinomial',
  'aten::native_dropout', 'aten::normal', 'aten::poisson', 'aten::binomial', 'aten::rrelu',
  'aten::rrelu_with_noise', 'aten::rand', 'aten::rand_like', 'aten::randint', 'aten::randint_like',
  'aten::randn', 'aten::randn_like', 'aten::randperm',
]);

/** Node::isNondeterministic: a random operator; dropout only when its `train` flag is not a false constant. */
export function isNondeterministic(n: Node): boolean {
  if (!NONDETERMINISTIC.has(n.kind)) return false;
  if (n.kind !== 'aten::dropout' && n.kind !== 'aten::native_dropout') return true;
  const train = n.inputs[2];
  const v = train && train.node.kind === 'prim::Constant' ? constantValue(train.node) : undefined;
  return !(v?.kind === 'bool' && !v.value);
}

/** The warning's text, or undefined when the traced graph has no nondeterministic node. */
export function nondeterministicMessage(g: Graph): string | undefined {
  const nodes = [...g.allNodes()].filter(isNondeterministic).slice(0, 20);
  if (nodes.length === 0) return undefined;
  return `Trace had nondeterministic nodes. Did you forget call .eval() on your model? Nodes:\n${nodes.map((n) => indent(printNode(n))).join('\n')}\nThis may cause errors in trace checking. To disable trace checking, pass check_trace=False to torch.jit.trace()`;
}
