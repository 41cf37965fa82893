/** An SSA value, after torch/csrc/jit/ir/ir.h `Value`. */
import type { Graph } from './graph';
import type { Node } from './node';
import type { Type } from './types';

/** One use of a value: `user.inputs[offset] === value`. */
export interface Use {
  readonly user: Node;
  offset: number;
}

export class Value {
  /** Uses in no particular order; kept in sync by Node's input methods. */
  readonly uses: Use[] = [];
  private uniqueName = '';

  /** @internal Use Node.addOutput or Block.addInput. */
  constructor(
    /** The producing node; block inputs are produced by the block's `prim::Param` node. */
    public node: Node,
    public offset: number,
    /** Graph-wide unique number, printed when the value has no debug name. */
    public unique: number,
    public type: Type,
  ) {}

  get graph(): Graph {
    return this.node.graph;
  }
  hasDebugName(): boolean {
    return this.uniqueName !== '';
  }
  /** The printed name (without `%`): the debug name, or the unique number. */
  debugName(): string {
    return this.uniqueName || String(this.unique);
  }
  /** The name without a trailing `.N` suffix (`x` for `x.3`). */
  debugNameBase(): string {
    const m = /^(.*)\.\d+$/.exec(this.uniqueName);
    return m ? m[1]! : this.uniqueName;
  }
  /**
   * Names the value. Note [Unique names]: as in PyTorch, when the name is taken the
   * *previous* owner is renamed to `base.N` (N from the name's own suffix or the
   * next free number recorded for the base), so the newest value keeps the plain
   * name. Names made only of digits are rejected; `''` clears the name.
   */
  setDebugName(name: string): this {
    if (name !== '' && /^\d+$/.test(name)) throw new Error(`Invalid name: '${name}'`);
    const names = this.graph.uniqueNames;
    if (this.uniqueName !== '') {
      names.delete(this.uniqueName);
      this.uniqueName = '';
    }
    if (name === '') return this;
    const oldOwner = names.get(name);
    if (oldOwner) {
      let suffix = 1;
      let base = name;
      const m = /^(.*)\.(\d+)$/.exec(name);
      if (m) {
        base = m[1]!;
        suffix = Number(m[2]);
      }
      const suffixes = this.graph.nameBaseSuffix;
      const known = suffixes.get(base);
      if (known !== undefined) suffix = Math.max(suffix, known + 1);
      let replacement: string;
      do replacement = `${base}.${suffix++}`;
      while (names.has(replacement));
      suffixes.set(base, suffix);
      oldOwner.setDebugName(replacement);
    }
    names.set(name, this);
    this.uniqueName = name;
    return this;
  }
  setType(type: Type): this {
    this.type = type;
    return this;
  }
  hasUses(): boolean {
    return this.uses.length > 0;
  }
  /** Makes every user of this value use `other` instead. */
  replaceAllUsesWith(other: Value): void {
    if (other === this) return;
    for (const use of [...this.uses]) use.user.replaceInput(use.offset, other);
  }
  /** Replaces the uses that come after `node` in program order (Note [Program order]). */
  replaceAllUsesAfterNodeWith(node: Node, other: Value): void {
    for (const use of [...this.uses]) {
      if (node.isBefore(use.user)) use.user.replaceInput(use.offset, other);
    }
  }
  /** Copies the type and the debug name of `from` (PyTorch's copyMetadata). */
  copyMetadata(from: Value): this {
    this.setType(from.type);
    if (from.hasDebugName()) this.setDebugName(from.debugName());
    return this;
  }
}
