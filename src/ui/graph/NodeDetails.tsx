/**
 * The selected node's properties, as Netron shows them beside the graph: its kind and schema,
 * each input and output with its type (folded constants with their value), its attributes,
 * and where it comes from in the program and in the IR.
 */
import { printedName } from '../../api/graph_ids';
import type { BlockModel, GraphModel, NodeModel, ValueModel } from '../../api/graph_model';

interface Props {
  readonly model: GraphModel;
  readonly id: string;
  readonly onReveal: (line: number) => void;
  readonly onClose: () => void;
}

/** The node with `id` and every value's type, found by walking the model. */
function find(model: GraphModel, id: string): { node: NodeModel | undefined; types: Map<string, ValueModel> } {
  const types = new Map<string, ValueModel>();
  let node: NodeModel | undefined;
  const values = (vs: readonly ValueModel[]): void => vs.forEach((v) => types.set(v.id, v));
  const walk = (nodes: readonly NodeModel[]): void => {
    for (const n of nodes) {
      if (n.id === id) node = n;
      values(n.outputs);
      n.blocks.forEach((b: BlockModel) => {
        values(b.inputs);
        walk(b.nodes);
      });
    }
  };
  values(model.inputs);
  walk(model.nodes);
  return { node, types };
}

export function NodeDetails({ model, id, onReveal, onClose }: Props) {
  const { node, types } = find(model, id);
  if (!node) return null;
  const names = node.schemaArgs ?? [];
  return (
    <aside className="node-details" data-testid="node-details" onPointerDown={(e) => e.stopPropagation()} onWheel={(e) => e.stopPropagation()}>
      <header>
        <strong>{node.title}</strong>
        <button className="icon-button" aria-label="Close the node's details" onClick={onClose}>
          ×
        </button>
      </header>
      {node.title !== node.kind && <div className="muted small">{node.kind}</div>}
      {node.schema && <code className="schema">{node.schema}</code>}
      <h4>inputs</h4>
      <ul>
        {node.inputs.map((input, i) => (
          <li key={i}>
            {names[i] && <span className="arg">{names[i]}</span>}
            {input.kind === 'value' ? <ValueText value={types.get(input.value)} id={input.value} /> : <span className="constant">{input.text}</span>}
          </li>
        ))}
        {node.inputs.length === 0 && <li className="muted">none</li>}
      </ul>
      <h4>outputs</h4>
      <ul>
        {node.outputs.map((v) => (
          <li key={v.id}>
            <ValueText value={v} id={v.id} />
          </li>
        ))}
        {node.outputs.length === 0 && <li className="muted">none</li>}
      </ul>
      {node.attributes.length > 0 && (
        <>
          <h4>attributes</h4>
          <ul>
            {node.attributes.map((a) => (
              <li key={a.name}>
                <span className="arg">{a.name}</span>
                {a.value}
              </li>
            ))}
          </ul>
        </>
      )}
      {node.callee && <p className="small">calls {node.callee}; click the box to open it</p>}
      <footer className="small">
        {node.source ? (
          <button className="link" onClick={() => onReveal(node.source!.line)}>
            {node.source.file}:{node.source.line}:{node.source.col}
          </button>
        ) : (
          <span className="muted">no source position</span>
        )}
        {node.irLine !== undefined && <span className="muted"> · IR line {node.irLine}</span>}
      </footer>
    </aside>
  );
}

function ValueText({ value, id }: { readonly value: ValueModel | undefined; readonly id: string }) {
  return (
    <span className="value">
      %{printedName(id)}
      {value && <span className="type"> : {value.type}</span>}
    </span>
  );
}
