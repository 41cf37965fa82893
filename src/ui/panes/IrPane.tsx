/** The IR pane: `.graph` or `.inlined_graph` as text, cross-highlighted with the graph and the editor. */
import { Pane, Placeholder } from './Pane';
import { TextView } from './TextView';

interface Props {
  readonly graph: string | undefined;
  readonly inlinedGraph: string | undefined;
  readonly view: 'graph' | 'inlined';
  readonly onView: (view: 'graph' | 'inlined') => void;
  readonly highlightLines: ReadonlySet<number>;
  readonly onLineClick: (line: number) => void;
  readonly emptyMessage: string;
  readonly maximised: boolean;
  readonly onMaximise: () => void;
  readonly stale: boolean;
  /** Set when an older result is shown (Pane's `note`). */
  readonly note?: string;
}

export function IrPane({ graph, inlinedGraph, view, onView, highlightLines, onLineClick, emptyMessage, maximised, onMaximise, stale, note }: Props) {
  const text = view === 'inlined' ? (inlinedGraph ?? graph) : graph;
  const tools = (
    <div className="segmented small" role="radiogroup" aria-label="Graph shown">
      {(['graph', 'inlined'] as const).map((v) => (
        <button key={v} role="radio" aria-checked={view === v} className={view === v ? 'active' : ''} onClick={() => onView(v)} data-testid={`ir-${v}`}>
          {v === 'graph' ? '.graph' : '.inlined_graph'}
        </button>
      ))}
    </div>
  );
  return (
    <Pane id="ir" title="IR" tools={tools} maximised={maximised} onMaximise={onMaximise} note={note} stale={stale}>
      <div className="pane-scroll" data-testid="ir-view">
        {text ? <TextView text={text} language="ir" highlightLines={highlightLines} onLineClick={onLineClick} /> : <Placeholder>{emptyMessage}</Placeholder>}
      </div>
    </Pane>
  );
}
