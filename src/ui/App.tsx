/** The playground: state, the compiler worker, and the panes laid out around the editor. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CompileResponse } from '../api/client';
import type { CompletionLists } from '../api/completion_lists';
import type { GraphModel } from '../api/graph_model';
import type { AnalyzeResult, Mode } from '../api/types';
import { SourceEditor } from './editor/SourceEditor';
import type { Example } from './examples';
import { GraphPane } from './graph/GraphPane';
import { useCompiler } from './hooks/useCompiler';
import { Split } from './layout/Split';
import { CodePane } from './panes/CodePane';
import { DiffPane } from './panes/DiffPane';
import { IrPane } from './panes/IrPane';
import { OutputPane } from './panes/OutputPane';
import { Pane } from './panes/Pane';
import { codeLinesOf, highlightCodeLine, highlightNode, highlightSourceLine, indexNodes, NO_HIGHLIGHT } from './selection';
import type { Highlight } from './selection';
import { initialState, permalink, persist } from './state/initial';
import type { PaneId, PlaygroundState } from './state/state';
import { Toolbar } from './toolbar/Toolbar';
import { diffMarks, NO_MARKS } from './diff_marks';
import { headline } from './headline';

type Maximised = PaneId | 'source' | null;

/** A graph shown without compiling (tests and pasted `.graph` text). */
interface Override {
  readonly text: string;
  readonly model: GraphModel;
}

export function App() {
  const [boot] = useState(() => initialState(window.location));
  const [state, setState] = useState<PlaygroundState>(boot.state);
  const [linkMessage, setLinkMessage] = useState(boot.message);
  const [maximised, setMaximised] = useState<Maximised>(null);
  const [highlight, setHighlight] = useState<Highlight>(NO_HIGHLIGHT);
  const [reveal, setReveal] = useState<{ line: number; col: number } | undefined>();
  const [override, setOverride] = useState<Override | undefined>();
  const update = useCallback((patch: Partial<PlaygroundState>) => setState((s) => ({ ...s, ...patch })), []);

  const request = useMemo(
    () => ({
      source: state.source,
      mode: state.mode,
      ...(state.entry ? { entry: state.entry } : {}),
      ...(state.inputs ? { inputs: state.inputs } : {}),
      diff: state.panes.includes('diff'),
    }),
    [state.source, state.mode, state.entry, state.inputs, state.panes],
  );
  const compiler = useCompiler(request);
  const latest = compiler.response;
  // While the program does not compile (mid-edit), the panes keep its last good graph, marked.
  const held = holdLastGood(latest, compiler.lastGood);
  const response = held ?? latest;
  const result = latest?.result;
  const shown = response?.result;
  // The badge names the backend that last ran the entry, not that of a program that did not run.
  const [ranOn, setRanOn] = useState('none');
  const ranResult = compiler.ran?.result;
  useEffect(() => {
    if (ranResult && ranResult.timings.execute !== undefined) setRanOn(ranResult.backend);
  }, [ranResult]);

  // An entry that the program no longer defines falls back to the last one defined.
  const entries = compiler.current ? result?.entries : undefined;
  useEffect(() => {
    if (state.entry && entries && entries.length > 0 && !entries.some((e) => e.name === state.entry)) update({ entry: null });
  }, [entries, state.entry, update]);

  // Autosave and keep the address a permalink of what is on screen.
  useEffect(() => {
    const timer = setTimeout(() => persist(state), 400);
    return () => clearTimeout(timer);
  }, [state]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setMaximised(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Test and debugging hook: show a `.graph` text without compiling a program.
  const client = compiler.client;
  useEffect(() => {
    (window as unknown as { jitscope?: unknown }).jitscope = {
      showGraph: async (text: string) => {
        const r = await client.model(String(text));
        if (r.ok) setOverride({ text: String(text), model: r.model });
        return r.ok ? 'ok' : r.error;
      },
    };
  }, [client]);
  useEffect(() => setOverride(undefined), [state.source, state.mode]);

  const [completions, setCompletions] = useState<CompletionLists | undefined>();
  useEffect(() => {
    client.completions().then(setCompletions, () => undefined);
  }, [client]);

  const graphText = override?.text ?? shown?.graph;
  const inlinedText = override ? undefined : shown?.inlinedGraph;
  const model = pickModel(override, response, state.graphView);
  const index = useMemo(() => indexNodes(model), [model]);
  useEffect(() => setHighlight(NO_HIGHLIGHT), [model]);
  const codeHighlight = useMemo(() => codeLinesOf(highlight, shown?.codeLines), [highlight, shown?.codeLines]);

  const diffOpen = state.panes.includes('diff') && !override;
  const marks = useMemo(() => (diffOpen ? diffMarks(index.byId.values(), state.mode, compiler.diff) : NO_MARKS), [diffOpen, index, state.mode, compiler.diff]);
  const emptyMessage = explainEmpty(result, compiler.stale && !result);
  const heldNote = held && result ? explainHeld(result) : undefined;
  const open = (p: PaneId) => state.panes.includes(p);
  const paneProps = (id: PaneId) => ({
    maximised: maximised === id,
    onMaximise: () => setMaximised(maximised === id ? null : id),
    stale: id === 'output' ? compiler.running : compiler.stale || held !== undefined,
    ...(heldNote && id !== 'output' && id !== 'diff' ? { note: heldNote } : {}),
  });
  const lowerRight = [
    open('ir') && (
      <IrPane
        key="ir"
        graph={graphText}
        inlinedGraph={inlinedText}
        view={state.graphView}
        onView={(graphView) => update({ graphView })}
        highlightLines={highlight.irLines}
        onLineClick={(line) => {
          const n = index.byIrLine.get(line);
          if (n) setHighlight(highlightNode(n));
        }}
        emptyMessage={emptyMessage}
        {...paneProps('ir')}
      />
    ),
    open('code') && (
      <CodePane
        key="code"
        code={override ? undefined : shown?.code}
        highlightLines={codeHighlight}
        onLineClick={(line) => setHighlight(highlightCodeLine(index, shown?.codeLines, line))}
        emptyMessage={emptyMessage}
        {...paneProps('code')}
      />
    ),
  ].filter(Boolean);
  const right = [
    open('graph') && (
      <GraphPane
        key="graph"
        model={model}
        emptyMessage={emptyMessage}
        selected={highlight.node}
        index={index}
        marked={highlight.graphMarked}
        diffMarks={marks}
        onSelect={(n) => {
          const m = index.byId.get(n.id);
          if (m) setHighlight(highlightNode(m));
        }}
        onReveal={(line) => setReveal({ line, col: 0 })}
        onDeselect={() => setHighlight(NO_HIGHLIGHT)}
        {...paneProps('graph')}
      />
    ),
    lowerRight.length > 0 && (
      <Split key="lower" id="lower" direction="row" initial={[1, 1]}>
        {lowerRight}
      </Split>
    ),
    // The diff gets a full-width row: two IRs side by side need the room.
    open('diff') && <DiffPane key="diff" diff={compiler.diff} onReveal={(line) => setReveal({ line, col: 0 })} {...paneProps('diff')} />,
  ].filter(Boolean);

  const sourcePane = (
    <Pane
      id="source"
      title="main.py"
      maximised={maximised === 'source'}
      onMaximise={() => setMaximised(maximised === 'source' ? null : 'source')}
      tools={<span className="muted small">{describeEntries(result)}</span>}
    >
      <SourceEditor
        value={state.source}
        onChange={(source) => update({ source })}
        diagnostics={result?.diagnostics ?? []}
        highlightLines={highlight.sourceLines}
        reveal={reveal}
        onRun={compiler.runNow}
        // The cursor arriving on the selected node's own line (its details' link) keeps the node selected.
        onCursorLine={(line) => setHighlight((h) => (h.node && index.byId.get(h.node)?.source?.line === line ? h : highlightSourceLine(index, line)))}
        completions={completions}
        names={override ? undefined : shown?.names}
        exprs={override ? undefined : shown?.exprs}
      />
    </Pane>
  );

  return (
    <div className="app">
      <Toolbar
        mode={state.mode}
        onMode={(mode: Mode) => update({ mode })}
        entries={result?.entries ?? []}
        entry={state.entry}
        chosenEntry={result?.entry ?? null}
        onEntry={(entry) => update({ entry })}
        inputs={state.inputs}
        onInputs={(inputs) => update({ inputs })}
        onExample={(e: Example) => update({ source: e.source, mode: e.mode, entry: e.entry, inputs: '' })}
        panes={state.panes}
        onTogglePane={(p) => update({ panes: state.panes.includes(p) ? state.panes.filter((x) => x !== p) : [...state.panes, p] })}
        onShare={async () => {
          const url = permalink(state);
          history.replaceState(null, '', url);
          await navigator.clipboard?.writeText(url).catch(() => undefined);
          return url;
        }}
        backend={ranOn}
        onRun={compiler.runNow}
      />
      {linkMessage && (
        <div className="banner" role="alert" data-testid="link-error">
          <span>{linkMessage}</span>
          <button className="icon-button" aria-label="Dismiss" onClick={() => setLinkMessage(undefined)}>
            ×
          </button>
        </div>
      )}
      <main className={`workspace${maximised ? ' has-maximised' : ''}`}>
        <Split id="main" direction="row" initial={[0.4, 0.6]}>
          <Split id="left" direction="column" initial={[0.7, 0.3]}>
            {sourcePane}
            {open('output') && (
              <OutputPane
                result={compiler.ran?.result}
                notice={compiler.notice}
                roundTripMs={compiler.roundTripMs}
                onDiagnosticClick={(line, col) => setReveal({ line, col })}
                {...paneProps('output')}
              />
            )}
          </Split>
          {right.length > 0 && (
            <Split id="right" direction="column" initial={[0.5, 0.3, 0.3]}>
              {right}
            </Split>
          )}
        </Split>
      </main>
    </div>
  );
}

function pickModel(override: Override | undefined, response: CompileResponse | undefined, view: 'graph' | 'inlined'): GraphModel | undefined {
  if (override) return override.model;
  const chosen = view === 'inlined' ? (response?.inlinedModel ?? response?.graphModel) : response?.graphModel;
  return chosen?.ok ? chosen.model : undefined;
}

/** The last good answer, when the newest one failed to compile the same entry in the same mode. */
function holdLastGood(latest: CompileResponse | undefined, good: CompileResponse | undefined): CompileResponse | undefined {
  if (!latest || !good || latest === good || latest.result.graph) return undefined;
  const failed = latest.result.diagnostics.some((d) => d.severity === 'error');
  const same = good.result.mode === latest.result.mode && good.result.entry === latest.result.entry;
  return failed && same ? good : undefined;
}

function explainHeld(result: AnalyzeResult): string {
  const error = result.diagnostics.find((d) => d.severity === 'error');
  return `line ${error?.range.startLine ?? '?'}: ${headline(error?.message ?? 'error')} · showing the last version that compiled`;
}

function explainEmpty(result: AnalyzeResult | undefined, compiling: boolean): string {
  if (compiling || !result) return 'Compiling…';
  const error = result.diagnostics.find((d) => d.severity === 'error');
  if (error) return `Fix the error on line ${error.range.startLine} to see the graph: ${headline(error.message)}`;
  if (!result.entry) return 'Define a function or an nn.Module class to see its graph.';
  if (result.mode === 'eager') return 'Eager mode runs the program as plain Python: there is no graph. Switch to script or trace.';
  return `No ${result.mode === 'trace' ? 'trace' : 'graph'} for ${result.entry} yet: this build's compiler does not produce graphs for it.`;
}

function describeEntries(result: AnalyzeResult | undefined): string {
  if (!result) return '';
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const entries = `${result.entries.length} entr${result.entries.length === 1 ? 'y' : 'ies'}`;
  return errors ? `${entries} · ${errors} error${errors > 1 ? 's' : ''}` : entries;
}
