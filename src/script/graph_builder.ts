/** Small helpers the emitter uses to put typed nodes with source ranges into a Graph. */
import type { IValue } from '../ir/attributes';
import { createConstant } from '../ir/constants';
import type { Graph } from '../ir/graph';
import type { Node } from '../ir/node';
import { NoneType } from '../ir/types';
import type { Type } from '../ir/types';
import type { Value } from '../ir/value';
import type { SourceRange } from '../lang/source';

export class GraphBuilder {
  constructor(
    readonly graph: Graph,
    readonly fileName: string,
  ) {}

  /** Inserts `kind(inputs)` with one output per type, at the insertion point. */
  insert(kind: string, inputs: readonly Value[], outputTypes: readonly Type[], range?: SourceRange): Node {
    const n = this.graph.create(kind, inputs, 0);
    for (const t of outputTypes) n.addOutput(t);
    if (range) n.setSourceRange(this.fileName, range);
    return this.graph.insertNode(n);
  }

  /** `insert` for a node with exactly one output; returns that output. */
  insert1(kind: string, inputs: readonly Value[], type: Type, range?: SourceRange): Value {
    return this.insert(kind, inputs, [type], range).output();
  }

  constant(value: IValue, range?: SourceRange): Value {
    const n = createConstant(this.graph, value);
    if (range) n.setSourceRange(this.fileName, range);
    return this.graph.insertNode(n).output();
  }

  none(range?: SourceRange): Value {
    return this.constant({ kind: 'none' }, range);
  }

  int(value: number | bigint, range?: SourceRange): Value {
    return this.constant({ kind: 'int', value }, range);
  }

  bool(value: boolean, range?: SourceRange): Value {
    return this.constant({ kind: 'bool', value }, range);
  }

  /** `prim::Uninitialized`: a placeholder on paths that have exited (Note [Exits]). */
  uninitialized(type: Type): Value {
    return this.insert1('prim::Uninitialized', [], type);
  }

  isNone(v: Value): boolean {
    return v.type === NoneType;
  }
}
