/** A list of nodes with inputs and outputs, after torch/csrc/jit/ir/ir.h `Block`. */
import type { Graph } from './graph';
import { Node } from './node';
import { TensorType } from './types';
import type { Type } from './types';
import type { Value } from './value';

/**
 * Note [Block params and returns]: as in PyTorch, a block's inputs are the outputs
 * of a `prim::Param` node and its outputs are the inputs of a `prim::Return`
 * node. Neither node is in `nodes`; both belong to the block.
 */
export class Block {
  readonly paramNode: Node;
  readonly returnNode: Node;
  private readonly nodeList: Node[] = [];

  /** @internal Use Node.addBlock; the graph makes its own top block. */
  constructor(
    readonly graph: Graph,
    /** The node owning this block; undefined for the graph's top block. */
    readonly owningNode: Node | undefined,
  ) {
    this.paramNode = new Node(graph, 'prim::Param');
    this.returnNode = new Node(graph, 'prim::Return');
    this.paramNode.owningBlock = this;
    this.returnNode.owningBlock = this;
  }

  get inputs(): readonly Value[] {
    return this.paramNode.outputs;
  }
  get outputs(): readonly Value[] {
    return this.returnNode.inputs;
  }
  /** The nodes in order, excluding the param and return nodes (a snapshot: safe to mutate while iterating). */
  get nodes(): readonly Node[] {
    return [...this.nodeList];
  }

  addInput(name?: string, type: Type = TensorType.get()): Value {
    return this.insertInput(this.inputs.length, name, type);
  }
  insertInput(i: number, name?: string, type: Type = TensorType.get()): Value {
    const v = this.paramNode.insertOutput(i, type);
    if (name) v.setDebugName(name);
    return v;
  }
  /** Removes block input `i`, which must be unused. */
  eraseInput(i: number): void {
    this.paramNode.eraseOutput(i);
  }
  /** Appends `v` to the block's outputs and returns its index. */
  registerOutput(v: Value): number {
    this.returnNode.addInput(v);
    return this.outputs.length - 1;
  }
  insertOutput(i: number, v: Value): void {
    this.returnNode.insertInput(i, v);
  }
  eraseOutput(i: number): void {
    this.returnNode.removeInput(i);
  }

  appendNode(n: Node): Node {
    return this.insertNodeAt(n, this.returnNode, 0);
  }
  prependNode(n: Node): Node {
    return this.insertNodeAt(n, this.paramNode, 1);
  }

  /** @internal Places detached `n` before (`after` = 0) or after (1) `anchor`, a node of this block. */
  insertNodeAt(n: Node, anchor: Node, after: 0 | 1): Node {
    if (n.owningBlock) throw new Error(`${n.kind} is already in a block`);
    let index: number;
    if (anchor === this.returnNode) index = this.nodeList.length;
    else if (anchor === this.paramNode) index = 0;
    else {
      index = this.nodeList.indexOf(anchor);
      if (index < 0) throw new Error(`${anchor.kind} is not in this block`);
      index += after;
    }
    this.nodeList.splice(index, 0, n);
    n.owningBlock = this;
    return n;
  }
  /** @internal */
  unlinkNode(n: Node): void {
    const i = this.nodeList.indexOf(n);
    if (i >= 0) this.nodeList.splice(i, 1);
  }

  /** Destroys every node of the block, last first (so uses disappear before definitions). */
  destroy(): void {
    this.returnNode.removeAllInputs();
    for (const n of [...this.nodes].reverse()) {
      n.outputs.forEach(dropAllUses);
      n.destroy();
    }
    for (const v of [...this.inputs].reverse()) {
      dropAllUses(v);
      this.eraseInput(v.offset);
    }
  }
}

// Removing an input renumbers the user's uses, so re-read the first use each time.
function dropAllUses(v: Value): void {
  while (v.uses.length > 0) {
    const use = v.uses[0]!;
    use.user.removeInput(use.offset);
  }
}
