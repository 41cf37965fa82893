/** The graph pane: layout in a worker, pan/zoom/fit, search, collapse, export. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GraphModel } from '../../api/graph_model';
import type { DiffMark } from '../diff_marks';
import { Pane, Placeholder } from '../panes/Pane';
import type { DrawnGraph, DrawnNode } from './drawing';
import { downloadPng, downloadSvg } from './export';
import { GraphSvg } from './GraphSvg';
import type { View } from './GraphSvg';
import { layoutGraph } from './layout_client';
import { NodeDetails } from './NodeDetails';
import type { NodeIndex } from '../selection';

interface Props {
  readonly model: GraphModel | undefined;
  /** Why there is no model, shown instead of the graph. */
  readonly emptyMessage: string;
  readonly selected: string | undefined;
  /** The shown model's nodes and values by id (for the selected node's details). */
  readonly index: NodeIndex;
  /** Nodes to mark, e.g. those of the editor's current line. */
  readonly marked: ReadonlySet<string>;
  /** Node kinds absent from the other mode's graph, marked when the diff is open. */
  readonly diffMarks: ReadonlyMap<string, DiffMark>;
  readonly onSelect: (node: DrawnNode) => void;
  /** Shows a line of the program in the editor (the selected node's). */
  readonly onReveal: (line: number) => void;
  /** Closes the selected node's details (clears the selection). */
  readonly onDeselect: () => void;
  readonly maximised: boolean;
  readonly onMaximise: () => void;
  readonly stale: boolean;
  /** Set when an older result is shown (Pane's `note`). */
  readonly note?: string;
}

/** Graphs above this many nodes start with their nested blocks collapsed. */
const COLLAPSE_ABOVE = 250;

export function GraphPane({ model, emptyMessage, selected, index, marked, diffMarks, onSelect, onReveal, onDeselect, maximised, onMaximise, stale, note }: Props) {
  const [drawn, setDrawn] = useState<DrawnGraph | undefined>();
  const selectedNode = selected === undefined ? undefined : index.byId.get(selected);
  const [error, setError] = useState<string | undefined>();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [view, setView] = useState<View>({ x: 0, y: 0, k: 1 });
  const [query, setQuery] = useState('');
  const [laying, setLaying] = useState(false);
  const host = useRef<HTMLDivElement>(null);
  const fittedFor = useRef<GraphModel | undefined>(undefined);

  // A new graph starts with module calls, and large nested parts, collapsed.
  const previousModel = useRef<GraphModel | undefined>(undefined);
  if (model !== previousModel.current) {
    previousModel.current = model;
    const next = new Set(model ? compoundIds(model, model.nodeCount > COLLAPSE_ABOVE) : []);
    if (!sameSet(next, collapsed)) setCollapsed(next);
  }

  useEffect(() => {
    if (!model) {
      setDrawn(undefined);
      return;
    }
    let live = true;
    setLaying(true);
    layoutGraph(model, collapsed).then(
      ({ drawn }) => {
        if (!live) return;
        setDrawn(drawn);
        setError(undefined);
        setLaying(false);
      },
      (e: unknown) => {
        if (!live || (e instanceof Error && e.name === 'RequestAbandoned' && (e as { reason?: string }).reason === 'superseded')) return;
        setError(e instanceof Error ? e.message : String(e));
        setLaying(false);
      },
    );
    return () => {
      live = false;
    };
  }, [model, collapsed]);

  const fit = useCallback(() => {
    const el = host.current;
    if (!el || !drawn) return;
    const { width, height } = el.getBoundingClientRect();
    const widthFit = width / (drawn.width + 20);
    const bothFit = Math.min(widthFit, height / (drawn.height + 20));
    // A tall graph is shown readable from its top rather than shrunk to illegible text.
    const k = Math.min(1, Math.max(bothFit, Math.min(widthFit, 0.75)), 1.25);
    setView({ x: (width - drawn.width * k) / 2, y: Math.max(8, (height - drawn.height * k) / 2), k });
  }, [drawn]);

  // Fit when a new graph arrives, keep the view when the same graph is redrawn.
  useEffect(() => {
    if (drawn && fittedFor.current !== model) {
      fittedFor.current = model;
      fit();
    }
  }, [drawn, model, fit]);

  const matches = useMemo(() => (drawn && query.trim() ? searchNodes(drawn, query.trim().toLowerCase()) : []), [drawn, query]);
  const highlighted = useMemo(() => new Set([...marked, ...matches.map((m) => m.node.id)]), [marked, matches]);
  const [matchIndex, setMatchIndex] = useState(0);

  const centreOn = (m: { node: DrawnNode; x: number; y: number }) => {
    const el = host.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const k = Math.max(view.k, 0.8);
    setView({ k, x: width / 2 - (m.x + m.node.w / 2) * k, y: height / 2 - (m.y + m.node.h / 2) * k });
  };

  const onWheel = (e: React.WheelEvent) => {
    const rect = host.current!.getBoundingClientRect();
    const px = e.clientX - rect.left;
    const py = e.clientY - rect.top;
    const k = Math.min(4, Math.max(0.05, view.k * Math.exp(-e.deltaY * 0.0015)));
    setView({ k, x: px - ((px - view.x) * k) / view.k, y: py - ((py - view.y) * k) / view.k });
  };
  const drag = useRef<{ x: number; y: number; vx: number; vy: number } | undefined>(undefined);
  const onPointerDown = (e: React.PointerEvent) => {
    if (e.button !== 0) return;
    drag.current = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y };
  };
  const onPointerMove = (e: React.PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    if (Math.abs(e.clientX - d.x) + Math.abs(e.clientY - d.y) > 3) (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    setView((v) => ({ ...v, x: d.vx + e.clientX - d.x, y: d.vy + e.clientY - d.y }));
  };
  const endDrag = () => {
    drag.current = undefined;
  };
  // `open` forces a state, so a second click before the new layout arrives does not undo the first.
  const toggle = useCallback((id: string, open?: boolean) => {
    setCollapsed((c) => {
      const next = new Set(c);
      if (open === true) next.delete(id);
      else if (!next.delete(id)) next.add(id);
      return sameSet(next, c) ? c : next;
    });
  }, []);

  const svg = () => host.current?.querySelector('svg') ?? undefined;
  const tools = (
    <>
      <input
        className="search"
        type="search"
        placeholder="Search nodes"
        aria-label="Search nodes"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setMatchIndex(0);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || matches.length === 0) return;
          const m = matches[matchIndex % matches.length]!;
          setMatchIndex(matchIndex + 1);
          centreOn(m);
          onSelect(m.node);
        }}
      />
      {query && <span className="muted small">{matches.length} found</span>}
      <button className="tool" onClick={() => setView((v) => zoomAbout(v, 1.25, host.current))} title="Zoom in" aria-label="Zoom in">
        +
      </button>
      <button className="tool" onClick={() => setView((v) => zoomAbout(v, 0.8, host.current))} title="Zoom out" aria-label="Zoom out">
        −
      </button>
      <button className="tool" onClick={fit} title="Fit to pane" data-testid="graph-fit">
        Fit
      </button>
      <button className="tool" disabled={!drawn} onClick={() => drawn && svg() && downloadSvg(svg()!, drawn, 'graph')} title="Download as SVG">
        SVG
      </button>
      <button className="tool" disabled={!drawn} onClick={() => drawn && svg() && void downloadPng(svg()!, drawn, 'graph')} title="Download as PNG">
        PNG
      </button>
    </>
  );

  return (
    <Pane id="graph" title="Graph" tools={tools} maximised={maximised} onMaximise={onMaximise} note={note} stale={stale || laying}>
      <div
        className="graph-host"
        ref={host}
        onWheel={drawn ? onWheel : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        {!model && <Placeholder>{emptyMessage}</Placeholder>}
        {model && error && <Placeholder>The graph could not be laid out: {error}</Placeholder>}
        {model && drawn && <GraphSvg drawn={drawn} view={view} selected={selected} highlighted={highlighted} diffMarks={diffMarks} onSelect={onSelect} onToggle={toggle} />}
        {drawn && selectedNode && <NodeDetails node={selectedNode} values={index.valueById} onReveal={onReveal} onClose={onDeselect} />}
        {drawn && (
          <div className="graph-status muted small" data-testid="graph-status">
            {diffMarks.size > 0 && <span className="diff-legend">┅ {diffMarks.size} marked by the diff · </span>}
            {countDrawn(drawn.nodes)} nodes · layout {drawn.layoutMs.toFixed(0)} ms
          </div>
        )}
      </div>
    </Pane>
  );
}

function zoomAbout(v: View, factor: number, el: HTMLElement | null): View {
  const rect = el?.getBoundingClientRect();
  const cx = rect ? rect.width / 2 : 0;
  const cy = rect ? rect.height / 2 : 0;
  const k = Math.min(4, Math.max(0.05, v.k * factor));
  return { k, x: cx - ((cx - v.x) * k) / v.k, y: cy - ((cy - v.y) * k) / v.k };
}

/** Nodes whose title, kind or output names contain `q`, with their absolute positions. */
function searchNodes(drawn: DrawnGraph, q: string): { node: DrawnNode; x: number; y: number }[] {
  const out: { node: DrawnNode; x: number; y: number }[] = [];
  const walk = (nodes: readonly DrawnNode[], ox: number, oy: number): void => {
    for (const n of nodes) {
      const text = [n.title, n.kind ?? '', ...(n.outputs ?? [])].join(' ').toLowerCase();
      if (text.includes(q)) out.push({ node: n, x: ox + n.x, y: oy + n.y });
      for (const b of n.blocks ?? []) walk(b.children, ox + n.x + b.x, oy + n.y + b.y);
    }
  };
  walk(drawn.nodes, 0, 0);
  return out;
}

function countDrawn(nodes: readonly DrawnNode[]): number {
  return nodes.reduce((s, n) => s + (n.role === 'op' ? 1 : 0) + (n.blocks ?? []).reduce((t, b) => t + countDrawn(b.children), 0), 0);
}

/** Module calls, and with `all` every node with blocks. */
function compoundIds(model: GraphModel, all: boolean): string[] {
  const ids: string[] = [];
  const walk = (nodes: GraphModel['nodes']): void => {
    for (const n of nodes) {
      if (n.blocks.length > 0 && (all || n.callee)) ids.push(n.id);
      n.blocks.forEach((b) => walk(b.nodes));
    }
  };
  walk(model.nodes);
  return ids;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
