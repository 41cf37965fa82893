/**
 * Which nodes the `.code` printer prints inline, as an expression in their single use,
 * after python_print.cpp's scanBlock.
 */
import type { Block } from './block';
import type { Node } from './node';
import type { Value } from './value';

export const isConstant = (n: Node): boolean => n.kind === 'prim::Constant';

/**
 * Adds to `outputInline` the nodes of `body` (and its nested blocks) printed inline.
 * Note [Inlining scan]: walking a block backwards while walking each node's inputs
 * right to left finds the values that, printed inline, keep their evaluation order.
 */
export function scanInlines(body: Block, outputInline: Set<Node>): void {
  new InlineScanner(outputInline).scanBlock(body);
}

class InlineScanner {
  private readonly prevNode = new Map<Node, Node | undefined>();

  constructor(private readonly outputInline: Set<Node>) {}

  scanBlock(b: Block): void {
    const nodes = b.nodes;
    let prev: Node | undefined = b.paramNode;
    for (const n of nodes) {
      this.prevNode.set(n, prev);
      prev = n;
    }
    this.prevNode.set(b.returnNode, prev);
    this.scanNode(b.returnNode);
    for (let i = nodes.length - 1; i >= 0; i--) this.scanNode(nodes[i]!);
  }

  private scanNode(n: Node): Node | undefined {
    if (this.outputInline.has(n)) return n;
    n.blocks.forEach((b) => this.scanBlock(b));
    let blockPoint = this.previousNonConstant(n);
    for (let i = n.inputs.length - 1; i >= 0; i--) blockPoint = this.scanValue(blockPoint, n.inputs[i]!);
    return blockPoint;
  }

  private scanValue(blockPoint: Node | undefined, v: Value): Node | undefined {
    const n = v.node;
    if (n === blockPoint && canInline(v)) {
      blockPoint = this.scanNode(blockPoint);
      this.outputInline.add(n);
    } else if (isConstant(n)) {
      this.outputInline.add(n);
    }
    return blockPoint;
  }

  private previousNonConstant(n: Node): Node | undefined {
    let p = this.prevNode.get(n);
    while (p && isConstant(p)) p = this.prevNode.get(p);
    return p;
  }
}

function canInline(v: Value): boolean {
  const n = v.node;
  if (n.outputs.length !== 1 || v.uses.length !== 1) return false;
  const use = v.uses[0]!;
  // A named value was a variable in the source: keep it, unless it is just returned.
  if (v.hasDebugName() && use.user.kind !== 'prim::Return') return false;
  if (n.blocks.length > 0 || n.kind === 'prim::Param') return false;
  // Loop-carried inputs need a variable so the trip count and condition stay in order.
  if (use.user.kind === 'prim::Loop' && use.offset >= 2) return false;
  // isinstance refines types in an `if`; the refinement was already applied.
  return n.kind !== 'prim::isinstance';
}
