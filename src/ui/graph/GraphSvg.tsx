/**
 * Draws a laid-out graph as SVG. Note [Nested blocks]: a compound node's blocks are
 * `<g data-block>` elements inside the node's own `<g data-kind>`, so the DOM mirrors
 * the IR's nesting (tests and exports rely on it). The SVG carries its own styles so
 * an exported file looks the same as the pane.
 */
import { memo } from 'react';
import type { DiffMark } from '../diff_marks';
import { useProgressive } from '../hooks/useProgressive';
import type { DrawnBlock, DrawnEdge, DrawnGraph, DrawnNode } from './drawing';
import { CHAR_W, LINE_H } from './elk_graph';
import { GRAPH_STYLE } from './graph_style';

export interface View {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

interface Props {
  readonly drawn: DrawnGraph;
  readonly view: View;
  readonly selected: string | undefined;
  readonly highlighted: ReadonlySet<string>;
  /** Node kinds the other mode's graph lacks (the diff pane's marks). */
  readonly diffMarks: ReadonlyMap<string, DiffMark>;
  readonly onSelect: (node: DrawnNode) => void;
  readonly onToggle: (id: string, open?: boolean) => void;
}

/** Items (top-level nodes, then edges) drawn per frame (Note [Chunked drawing]). */
export const CHUNK = 60;

export const GraphSvg = memo(function GraphSvg({ drawn, view, selected, highlighted, diffMarks, onSelect, onToggle }: Props) {
  const shown = useProgressive(drawn.nodes.length + drawn.edges.length, drawn, CHUNK);
  const nodes = drawn.nodes.slice(0, shown);
  const edges = drawn.edges.slice(0, Math.max(0, shown - drawn.nodes.length));
  const complete = shown >= drawn.nodes.length + drawn.edges.length;
  return (
    <svg data-testid="graph-view" data-complete={complete} className="graph-svg" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%">
      <style>{GRAPH_STYLE}</style>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="arrowhead" />
        </marker>
      </defs>
      <g className="viewport" transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
        <g className="nodes">
          {nodes.map((n) => (
            <NodeView key={n.id} node={n} selected={selected} highlighted={highlighted} diffMarks={diffMarks} onSelect={onSelect} onToggle={onToggle} />
          ))}
        </g>
        <g className="edges">
          {edges.map((e) => (
            <EdgeView key={e.id} edge={e} />
          ))}
        </g>
      </g>
    </svg>
  );
});

interface NodeProps {
  readonly node: DrawnNode;
  readonly selected: string | undefined;
  readonly highlighted: ReadonlySet<string>;
  readonly diffMarks: ReadonlyMap<string, DiffMark>;
  readonly onSelect: (node: DrawnNode) => void;
  readonly onToggle: (id: string, open?: boolean) => void;
}

// Memoised: while chunks arrive, the nodes already drawn are not rendered again.
const NodeView = memo(function NodeView({ node, selected, highlighted, diffMarks, onSelect, onToggle }: NodeProps) {
  const classes = ['node', `role-${node.role}`, category(node)];
  if (node.id === selected) classes.push('selected');
  if (highlighted.has(node.id)) classes.push('highlighted');
  if (node.compound) classes.push(node.collapsed ? 'collapsed' : 'compound');
  const differs = diffMarks.get(node.id);
  if (differs) classes.push('differs', `differs-${differs.kind}`);
  const titleH = 22;
  const tooltip = [node.kind ?? node.title, differs ? `${differs.reason} (see the diff)` : '', ...(node.outputs ?? []), node.sourceLine ? `line ${node.sourceLine}` : ''].filter(Boolean).join('\n');
  return (
    <g
      className={classes.join(' ')}
      data-kind={node.kind}
      data-id={node.id}
      data-diff={differs?.kind}
      transform={`translate(${node.x},${node.y})`}
      onClick={(e) => {
        e.stopPropagation();
        onSelect(node);
        // A module call opens on a click; it closes with its ▾.
        if (node.call && node.collapsed) onToggle(node.id, true);
      }}
      onDoubleClick={(e) => {
        e.stopPropagation();
        if (node.compound && !node.call) onToggle(node.id);
      }}
    >
      <title>{tooltip}</title>
      {differs && <rect className="diff-halo" x={-4} y={-4} width={node.w + 8} height={node.h + 8} rx={8} />}
      <rect className="box" width={node.w} height={node.h} rx={node.role === 'op' ? 5 : 11} />
      {node.role === 'op' && (node.h > titleH + 1 ? <path className="band" d={bandPath(node.w, titleH, 5)} /> : <rect className="band" width={node.w} height={node.h} rx={5} />)}
      <text className="title" x={10} y={15}>
        {node.title}
      </text>
      {node.compound && (
        <text
          className="toggle"
          x={node.w - 16}
          y={15}
          onClick={(e) => {
            e.stopPropagation();
            onToggle(node.id);
          }}
        >
          {node.collapsed ? '▸' : '▾'}
        </text>
      )}
      {node.lines.map((line, i) => (
        <text key={i} className="line" x={10} y={titleH + 12 + i * LINE_H}>
          {line}
        </text>
      ))}
      {node.blocks?.map((b) => (
        <BlockView key={b.id} block={b} selected={selected} highlighted={highlighted} diffMarks={diffMarks} onSelect={onSelect} onToggle={onToggle} />
      ))}
    </g>
  );
});

function BlockView({ block, ...rest }: Omit<NodeProps, 'node'> & { readonly block: DrawnBlock }) {
  return (
    <g className="block" data-block={block.name} data-id={block.id} transform={`translate(${block.x},${block.y})`}>
      <rect className="block-box" width={block.w} height={block.h} rx={4} />
      <text className="block-header" x={8} y={14}>
        {fit(block.header, block.w - 16)}
      </text>
      {block.children.map((n) => (
        <NodeView key={n.id} node={n} {...rest} />
      ))}
    </g>
  );
}

const EdgeView = memo(function EdgeView({ edge }: { readonly edge: DrawnEdge }) {
  return (
    <g className="edge" data-source={edge.source} data-target={edge.target}>
      <path d={edgePath(edge.points)} markerEnd="url(#arrow)" />
      {edge.label && (
        <text className="edge-label" x={edge.label.x + 2} y={edge.label.y + 10}>
          {edge.label.text}
        </text>
      )}
    </g>
  );
});

/** ELK's spline sections are cubic Béziers (start, then control, control, end triples); else a polyline. */
export function edgePath(points: readonly (readonly [number, number])[]): string {
  if (points.length < 2) return '';
  const [x0, y0] = points[0]!;
  let d = `M${x0},${y0}`;
  if ((points.length - 1) % 3 === 0) {
    for (let i = 1; i < points.length; i += 3) {
      const [a, b, c] = [points[i]!, points[i + 1]!, points[i + 2]!];
      d += ` C${a[0]},${a[1]} ${b[0]},${b[1]} ${c[0]},${c[1]}`;
    }
    return d;
  }
  for (const [x, y] of points.slice(1)) d += ` L${x},${y}`;
  return d;
}

function bandPath(w: number, h: number, r: number): string {
  return `M0,${h} V${r} Q0,0 ${r},0 H${w - r} Q${w},0 ${w},${r} V${h} Z`;
}

function fit(text: string, width: number): string {
  const max = Math.max(4, Math.floor(width / CHAR_W));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A colour family per kind of operation, as Netron colours layers, activations and shapes. */
export function category(node: DrawnNode): string {
  const kind = node.kind;
  if (!kind) return 'cat-io';
  if (kind === 'prim::If' || kind === 'prim::Loop') return 'cat-control';
  if (kind === 'prim::CallMethod' || kind === 'prim::CallFunction') return 'cat-module';
  const name = kind.slice(kind.indexOf('::') + 2).replace(/_$/, '');
  if (/^(conv|linear|matmul|mm|bmm|addmm|lstm|gru|rnn|embedding|_convolution|einsum)/.test(name)) return 'cat-layer';
  if (/^(relu|tanh|sigmoid|softmax|log_softmax|gelu|silu|elu|leaky_relu|hardtanh|dropout|batch_norm|layer_norm|group_norm)/.test(name)) return 'cat-activation';
  if (/^(view|reshape|flatten|cat|stack|split|chunk|transpose|permute|squeeze|unsqueeze|size|select|slice|expand|contiguous|t|index|narrow)$/.test(name)) return 'cat-shape';
  if (kind.startsWith('prim::')) return 'cat-prim';
  return 'cat-op';
}
