/**
 * Ids of the graph model (Note [Call blocks] in graph_model.ts), in a module of their own so the
 * layout worker can read them without loading the model builder (and the operator registry).
 */
import type { InputModel, NodeModel, ValueModel } from './graph_model';

/** A value or node id without the `<call id>/` prefixes of Note [Call blocks], as printed. */
export function printedName(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

/** The parts of a model or block that carry ids. */
export interface IdBearing {
  readonly inputs: readonly ValueModel[];
  readonly nodes: readonly NodeModel[];
  readonly outputs: readonly InputModel[];
}

/**
 * The same inputs, nodes (blocks included) and outputs with every node, block and value id passed
 * through `rename`; `each` may change each renamed node further.
 */
export function renameIds(parts: IdBearing, rename: (id: string) => string, each: (n: NodeModel) => NodeModel = (n) => n): IdBearing {
  const value = (v: ValueModel): ValueModel => ({ ...v, id: rename(v.id) });
  const input = (i: InputModel): InputModel => (i.kind === 'value' ? { kind: 'value', value: rename(i.value) } : i);
  const node = (n: NodeModel): NodeModel =>
    each({
      ...n,
      id: rename(n.id),
      inputs: n.inputs.map(input),
      outputs: n.outputs.map(value),
      blocks: n.blocks.map((b) => ({ ...b, id: rename(b.id), inputs: b.inputs.map(value), nodes: b.nodes.map(node), outputs: b.outputs.map(input) })),
    });
  return { inputs: parts.inputs.map(value), nodes: parts.nodes.map(node), outputs: parts.outputs.map(input) };
}
