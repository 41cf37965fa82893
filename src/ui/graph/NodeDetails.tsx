/**
 * The selected node's properties, as Netron shows them beside the graph: its kind and schema,
 * each input and output with its type (folded constants with their value), its attributes,
 * and where it comes from in the program and in the IR.
 */
import { printedName } from '../../api/graph_ids';
import type { NodeModel, ValueModel } from '../../api/graph_model';

interface Props {
  readonly node: NodeModel;
  /** The model's values by id, for the inputs' types. */
  readonly values: ReadonlyMap<string, ValueModel>;
  readonly onReveal: (line: number) => void;
  readonly onClose: () => void;
}

export function NodeDetails({ node, values, onReveal, onClose }: Props) {
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
            {input.kind === 'value' ? <ValueText value={values.get(input.value)} id={input.value} /> : <span className="constant">{input.text}</span>}
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
