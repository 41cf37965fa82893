/** Generic traversal of the AST, for passes that look at every node of some kinds. */
import type { Node } from './ast';

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && 'kind' in v && 'range' in v;
}

/** Calls `fn` on each direct child of `node`, in field order. */
export function forEachChild(node: Node, fn: (child: Node) => void): void {
  for (const [key, value] of Object.entries(node)) {
    if (key === 'range') continue;
    if (isNode(value)) fn(value);
    else if (Array.isArray(value)) for (const item of value) if (isNode(item)) fn(item);
  }
}

/** Visits `node` and its descendants depth-first; `fn` returning false skips a node's children. */
export function walk(node: Node, fn: (node: Node) => boolean | void): void {
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (fn(n) === false) continue;
    const children: Node[] = [];
    forEachChild(n, (c) => children.push(c));
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
}
