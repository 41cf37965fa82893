/** An operation in the graph, after torch/csrc/jit/ir/ir.h `Node`. */
import type { SourceRange } from '../lang/source';
import type { Attribute } from './attributes';
import { Block } from './block';
import type { Graph } from './graph';
import type { FunctionSchema } from './schema';
import { TensorType } from './types';
import type { Type } from './types';
import { Value } from './value';

/** Where a node came from: printed as ` # main.py:9:4`. */
export interface NodeSource {
  readonly file: string;
  readonly range: SourceRange;
}

export class Node {
  private readonly inputList: Value[] = [];
  private readonly outputList: Value[] = [];
  private readonly blockList: Block[] = [];
  /** Attributes in insertion order, printed as `[value=1, name="x"]`. */
  readonly attributes = new Map<string, Attribute>();
  /** The block this node is in; undefined until inserted (and after destroy). */
  owningBlock: Block | undefined;
  source: NodeSource | undefined;
  /**
   * The module scope a traced node was recorded in, printed `, scope: __module.sub/__module.sub.fc1`
   * (undefined for the root scope and for compiled code).
   */
  scope: string | undefined;
  /** The matched operator schema, set by the compiler for operator calls. */
  schema: FunctionSchema | undefined;

  /** @internal Use Graph.create. */
  constructor(
    readonly graph: Graph,
    /** An open string such as `aten::add`, `prim::If`. */
    readonly kind: string,
  ) {}

  get inputs(): readonly Value[] {
    return this.inputList;
  }
  get outputs(): readonly Value[] {
    return this.outputList;
  }
  get blocks(): readonly Block[] {
    return this.blockList;
  }
  input(i = 0): Value {
    const v = this.inputList[i];
    if (!v) throw new Error(`${this.kind} has no input ${i}`);
    return v;
  }
  /** The single output; asserts there is exactly one. */
  output(i?: number): Value {
    if (i === undefined && this.outputList.length !== 1) {
      throw new Error(`${this.kind} has ${this.outputList.length} outputs, expected one`);
    }
    const v = this.outputList[i ?? 0];
    if (!v) throw new Error(`${this.kind} has no output ${i}`);
    return v;
  }

  addInput(v: Value): Value {
    return this.insertInput(this.inputList.length, v);
  }
  insertInput(i: number, v: Value): Value {
    this.inputList.splice(i, 0, v);
    this.resyncUses();
    return v;
  }
  /** Replaces input `i` with `v`, returning the old input. */
  replaceInput(i: number, v: Value): Value {
    const old = this.input(i);
    this.dropUse(i);
    this.inputList[i] = v;
    v.uses.push({ user: this, offset: i });
    return old;
  }
  /** Replaces every occurrence of `from` among the inputs. */
  replaceInputWith(from: Value, to: Value): void {
    this.inputList.forEach((v, i) => {
      if (v === from) this.replaceInput(i, to);
    });
  }
  removeInput(i: number): void {
    this.dropUse(i);
    this.inputList.splice(i, 1);
    this.resyncUses();
  }
  removeAllInputs(): void {
    while (this.inputList.length > 0) this.removeInput(this.inputList.length - 1);
  }

  addOutput(type: Type = TensorType.get()): Value {
    return this.insertOutput(this.outputList.length, type);
  }
  insertOutput(i: number, type: Type = TensorType.get()): Value {
    const v = new Value(this, i, this.graph.nextUnique(), type);
    this.outputList.splice(i, 0, v);
    this.outputList.forEach((o, j) => (o.offset = j));
    return v;
  }
  /** Removes output `i`, which must be unused. */
  eraseOutput(i: number): void {
    const v = this.output(i);
    if (v.hasUses()) throw new Error(`cannot erase output %${v.debugName()} of ${this.kind}: it has uses`);
    v.setDebugName('');
    this.outputList.splice(i, 1);
    this.outputList.forEach((o, j) => (o.offset = j));
  }

  /** Adds a nested block (the branches of prim::If, the body of prim::Loop). */
  addBlock(): Block {
    const b = new Block(this.graph, this);
    this.blockList.push(b);
    return b;
  }
  eraseBlock(i: number): void {
    const [b] = this.blockList.splice(i, 1);
    b?.destroy();
  }

  // Attributes, with PyTorch's accessor names: i_ sets an int, i reads it.
  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }
  setAttribute(name: string, attr: Attribute): this {
    this.attributes.set(name, attr);
    return this;
  }
  attribute(name: string): Attribute {
    const a = this.attributes.get(name);
    if (!a) throw new Error(`${this.kind} has no attribute ${name}`);
    return a;
  }
  i_(name: string, value: number | bigint): this {
    return this.setAttribute(name, { kind: 'i', value });
  }
  f_(name: string, value: number): this {
    return this.setAttribute(name, { kind: 'f', value });
  }
  s_(name: string, value: string): this {
    return this.setAttribute(name, { kind: 's', value });
  }
  ty_(name: string, value: Type): this {
    return this.setAttribute(name, { kind: 'ty', value });
  }
  i(name: string): number | bigint {
    return this.typed(name, 'i').value;
  }
  f(name: string): number {
    return this.typed(name, 'f').value;
  }
  s(name: string): string {
    return this.typed(name, 's').value;
  }
  ty(name: string): Type {
    return this.typed(name, 'ty').value;
  }
  private typed<K extends Attribute['kind']>(name: string, kind: K): Extract<Attribute, { kind: K }> {
    const a = this.attribute(name);
    if (a.kind !== kind) throw new Error(`attribute ${name} of ${this.kind} is ${a.kind}, not ${kind}`);
    return a as Extract<Attribute, { kind: K }>;
  }

  /** The node's source range, if it has one (see `source` for the file name). */
  get sourceRange(): SourceRange | undefined {
    return this.source?.range;
  }
  /** Sets where the node came from (` # file:line:col` when printed). */
  setSourceRange(file: string, range: SourceRange): this {
    this.source = { file, range };
    return this;
  }

  /** Inserts this (detached) node just before `n`. */
  insertBefore(n: Node): this {
    n.requireBlock().insertNodeAt(this, n, 0);
    return this;
  }
  /** Inserts this (detached) node just after `n`. */
  insertAfter(n: Node): this {
    n.requireBlock().insertNodeAt(this, n, 1);
    return this;
  }
  moveBefore(n: Node): this {
    this.removeFromList();
    return this.insertBefore(n);
  }
  moveAfter(n: Node): this {
    this.removeFromList();
    return this.insertAfter(n);
  }
  /** Unlinks the node from its block without touching inputs or outputs. */
  removeFromList(): void {
    this.owningBlock?.unlinkNode(this);
    this.owningBlock = undefined;
  }

  /**
   * Note [Program order]: true when this node runs before `other` in the graph's
   * text order, counting a node as before everything nested in its blocks.
   */
  isBefore(other: Node): boolean {
    const a = this.path();
    const b = other.path();
    for (let k = 0; k < Math.min(a.length, b.length); k++) {
      if (a[k] !== b[k]) return a[k]! < b[k]!;
    }
    return a.length < b.length;
  }
  isAfter(other: Node): boolean {
    return other !== this && other.isBefore(this) && !this.isBefore(other);
  }
  // Positions from the top block down, interleaving node index and block index.
  private path(): number[] {
    const out: number[] = [];
    for (let n: Node | undefined = this.owningBlock ? this : undefined; n?.owningBlock; ) {
      const block: Block = n.owningBlock;
      out.unshift(block.nodes.indexOf(n));
      const owner = block.owningNode;
      if (owner) out.unshift(owner.blocks.indexOf(block));
      n = owner;
    }
    return out;
  }

  /** True when `block` is this node's block or encloses it. */
  isInBlockOrNested(block: Block): boolean {
    for (let b = this.owningBlock; b; b = b.owningNode?.owningBlock) if (b === block) return true;
    return false;
  }

  /** Removes the node; its outputs must be unused. Inputs are released and blocks destroyed. */
  destroy(): void {
    for (const o of this.outputList) {
      if (o.hasUses()) throw new Error(`cannot destroy ${this.kind}: output %${o.debugName()} has uses`);
    }
    while (this.outputList.length > 0) this.eraseOutput(this.outputList.length - 1);
    while (this.blockList.length > 0) this.eraseBlock(this.blockList.length - 1);
    this.removeAllInputs();
    this.removeFromList();
  }

  private requireBlock(): Block {
    if (!this.owningBlock) throw new Error(`${this.kind} is not in a block`);
    return this.owningBlock;
  }
  private dropUse(i: number): void {
    const v = this.input(i);
    const k = v.uses.findIndex((u) => u.user === this && u.offset === i);
    if (k >= 0) v.uses.splice(k, 1);
  }
  // Rebuilds this node's use records from its inputs; simple and always right.
  private resyncUses(): void {
    const seen = new Set<Value>(this.inputList);
    for (const v of seen) {
      for (let k = v.uses.length - 1; k >= 0; k--) if (v.uses[k]!.user === this) v.uses.splice(k, 1);
    }
    this.inputList.forEach((v, j) => v.uses.push({ user: this, offset: j }));
  }
}
