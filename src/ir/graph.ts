/** The SSA graph, after torch/csrc/jit/ir/ir.h `Graph`. */
import { Block } from './block';
import { Node } from './node';
import { printGraph } from './printer';
import { TensorType } from './types';
import type { Type } from './types';
import type { Value } from './value';

export class Graph {
  /** @internal Debug name to owner (Note [Unique names]). */
  readonly uniqueNames = new Map<string, Value>();
  /** @internal Next suffix per name base (Note [Unique names]). */
  readonly nameBaseSuffix = new Map<string, number>();
  private uniqueCounter = 0;
  readonly block: Block;
  private insertBefore: Node;

  constructor() {
    this.block = new Block(this, undefined);
    this.insertBefore = this.block.returnNode;
  }

  /** @internal Numbers values in creation order, as PyTorch's next_unique_. */
  nextUnique(): number {
    return this.uniqueCounter++;
  }
  /** @internal The IR parser keeps printed numbers; later values must not reuse them. */
  reserveUniques(upTo: number): void {
    this.uniqueCounter = Math.max(this.uniqueCounter, upTo + 1);
  }

  get inputs(): readonly Value[] {
    return this.block.inputs;
  }
  get outputs(): readonly Value[] {
    return this.block.outputs;
  }
  /** Top-level nodes (a snapshot). */
  get nodes(): readonly Node[] {
    return this.block.nodes;
  }
  get paramNode(): Node {
    return this.block.paramNode;
  }
  get returnNode(): Node {
    return this.block.returnNode;
  }

  addInput(name?: string, type: Type = TensorType.get()): Value {
    return this.block.addInput(name, type);
  }
  insertInput(i: number, name?: string, type: Type = TensorType.get()): Value {
    return this.block.insertInput(i, name, type);
  }
  eraseInput(i: number): void {
    this.block.eraseInput(i);
  }
  registerOutput(v: Value): number {
    return this.block.registerOutput(v);
  }
  eraseOutput(i: number): void {
    this.block.eraseOutput(i);
  }

  /** A new detached node with `inputs` and `nOutputs` outputs of type Tensor; insert it with insertNode. */
  create(kind: string, inputs: readonly Value[] = [], nOutputs = 1): Node {
    const n = new Node(this, kind);
    inputs.forEach((v) => n.addInput(v));
    for (let i = 0; i < nOutputs; i++) n.addOutput();
    return n;
  }
  /** Inserts `n` at the insertion point (before it) and returns `n`. */
  insertNode(n: Node): Node {
    return n.insertBefore(this.insertBefore);
  }
  /** create + insertNode. */
  insert(kind: string, inputs: readonly Value[] = [], nOutputs = 1): Node {
    return this.insertNode(this.create(kind, inputs, nOutputs));
  }

  /** New nodes go before `n`, or at the end of block `n`. */
  setInsertPoint(n: Node | Block): void {
    this.insertBefore = n instanceof Block ? n.returnNode : n;
  }
  /** The node new nodes are inserted before. */
  insertPoint(): Node {
    return this.insertBefore;
  }
  /** The block new nodes are inserted into. */
  insertBlock(): Block {
    const b = this.insertBefore.owningBlock;
    if (!b) throw new Error('insertion point is not in a block');
    return b;
  }
  /** Runs `fn` with the insertion point moved, then restores it (PyTorch's WithInsertPoint). */
  withInsertPoint<T>(n: Node | Block, fn: () => T): T {
    const saved = this.insertBefore;
    this.setInsertPoint(n);
    try {
      return fn();
    } finally {
      this.insertBefore = saved;
    }
  }

  /** Every node, nested blocks included, in program order. */
  allNodes(): Node[] {
    const out: Node[] = [];
    const walk = (b: Block): void => {
      for (const n of b.nodes) {
        out.push(n);
        n.blocks.forEach(walk);
      }
    };
    walk(this.block);
    return out;
  }

  /** Every value (graph inputs, block inputs, node outputs) in program order. */
  allValues(): Value[] {
    const out: Value[] = [...this.inputs];
    const walk = (b: Block): void => {
      for (const n of b.nodes) {
        out.push(...n.outputs);
        for (const inner of n.blocks) {
          out.push(...inner.inputs);
          walk(inner);
        }
      }
    };
    walk(this.block);
    return out;
  }

  /**
   * A detached copy of `n` whose inputs are mapped by `valueMap`; nested blocks
   * are cloned too, their own values mapped as they are created.
   */
  createClone(n: Node, valueMap: (v: Value) => Value, copyBlocks = true): Node {
    const copy = new Node(this, n.kind);
    n.inputs.forEach((v) => copy.addInput(valueMap(v)));
    n.outputs.forEach((o) => copy.addOutput().copyMetadata(o));
    n.attributes.forEach((a, k) => copy.setAttribute(k, a));
    copy.source = n.source;
    copy.scope = n.scope;
    copy.schema = n.schema;
    if (copyBlocks) {
      for (const b of n.blocks) cloneBlockInto(b, copy.addBlock(), valueMap);
    }
    return copy;
  }

  /** A deep copy with the same names and printed form. */
  copy(): Graph {
    const g = new Graph();
    g.uniqueCounter = this.uniqueCounter;
    const map = new Map<Value, Value>();
    for (const v of this.inputs) map.set(v, g.addInput().copyMetadata(v));
    cloneBlockInto(this.block, g.block, (v) => map.get(v) ?? v, map, true);
    // Keep the printed numbers of unnamed values.
    const theirs = g.allValues();
    this.allValues().forEach((v, i) => (theirs[i]!.unique = v.unique));
    return g;
  }

  toString(): string {
    return printGraph(this);
  }
}

/**
 * Appends clones of `src`'s nodes to `dst` and registers `src`'s outputs (mapped) as more
 * outputs of `dst` (PyTorch's Block::cloneFrom). `src` must have no inputs.
 */
export function cloneBlockFrom(dst: Block, src: Block, valueMap: (v: Value) => Value): void {
  cloneBlockInto(src, dst, valueMap, new Map(), true);
}

// Clones `src`'s nodes and outputs into `dst`; block inputs are cloned unless already mapped.
function cloneBlockInto(
  src: Block,
  dst: Block,
  outer: (v: Value) => Value,
  map = new Map<Value, Value>(),
  inputsMapped = false,
): void {
  const lookup = (v: Value): Value => map.get(v) ?? outer(v);
  if (!inputsMapped) for (const v of src.inputs) map.set(v, dst.addInput().copyMetadata(v));
  for (const n of src.nodes) {
    const copy = dst.graph.createClone(n, lookup);
    dst.appendNode(copy);
    n.outputs.forEach((o, i) => map.set(o, copy.outputs[i]!));
  }
  for (const v of src.outputs) dst.registerOutput(lookup(v));
}
