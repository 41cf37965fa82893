/** Prints a Graph in PyTorch's `.graph` text format. */
import { attributeStr } from './attributes';
import type { Block } from './block';
import type { Graph } from './graph';
import type { Node } from './node';
import type { Value } from './value';

const ref = (v: Value): string => `%${v.debugName()}`;
const decl = (v: Value): string => `${ref(v)} : ${v.type.str()}`;

/** `graph(%x.1 : Tensor):` ... `return (%y)`, exactly as PyTorch prints it. */
export function printGraph(graph: Graph): string {
  const lines = [`graph(${graph.inputs.map(decl).join(',\n      ')}):`];
  printNodes(graph.block, 1, lines);
  lines.push(`  return (${graph.outputs.map(ref).join(', ')})`);
  return `${lines.join('\n')}\n`;
}

/** One node's line without indentation, blocks or newline: `%y : int = aten::add(%a, %b) # f.py:1:4`. */
export function printNodeHeader(n: Node): string {
  const attrs = [...n.attributes].map(([k, a]) => `${k}=${attributeStr(a)}`);
  const attrText = attrs.length > 0 ? `[${attrs.join(', ')}]` : '';
  const scope = n.scope ? `, scope: ${n.scope}` : '';
  const source = n.source ? ` # ${n.source.file}:${n.source.range.start.line}:${n.source.range.start.col}` : '';
  // A PythonOp prints its Python function's name and its (empty) scalar arguments, as PyTorch does.
  const head = n.kind === 'prim::PythonOp' ? `^${n.s('name')}[]()` : `${n.kind}${attrText}`;
  return `${n.outputs.map(decl).join(', ')} = ${head}(${n.inputs.map(ref).join(', ')})${scope}${source}`;
}

/** A node and its blocks, for error messages and debugging. */
export function printNode(n: Node, depth = 0): string {
  const lines: string[] = [];
  printNodeInto(n, depth, lines);
  return `${lines.join('\n')}\n`;
}

function printNodes(block: Block, depth: number, lines: string[]): void {
  for (const n of block.nodes) printNodeInto(n, depth, lines);
}

function printNodeInto(n: Node, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  lines.push(indent + printNodeHeader(n));
  n.blocks.forEach((b, i) => {
    lines.push(`${indent}  block${i}(${b.inputs.map(decl).join(', ')}):`);
    printNodes(b, depth + 2, lines);
    lines.push(`${indent}    -> (${b.outputs.map(ref).join(', ')})`);
  });
}
