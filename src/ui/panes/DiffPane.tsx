/** The diff pane: trace against script for the same entry, as a Monaco diff of the IRs or the `.code`s. */
import { useEffect, useRef, useState } from 'react';
import type * as MonacoTypes from 'monaco-editor';
import type { CompileResponse } from '../../api/protocol';
import type { AnalyzeResult } from '../../api/types';
import { loadMonaco } from '../editor/loader';
import { Pane } from './Pane';

interface Props {
  readonly diff: CompileResponse['diff'];
  readonly maximised: boolean;
  readonly onMaximise: () => void;
  readonly stale: boolean;
  /** Shows a line of the program in the editor (a finding's line). */
  readonly onReveal: (line: number) => void;
}

type Side = 'graph' | 'code';

const FINDING_NAMES = { 'unrolled-loop': 'loop unrolled', 'frozen-branch': 'branch frozen', 'baked-value': 'value baked in' } as const;

function sideText(r: AnalyzeResult | undefined, side: Side): string {
  if (!r) return '';
  const text = side === 'graph' ? r.graph : r.code;
  if (text) return text;
  const error = r.diagnostics.find((d) => d.severity === 'error');
  return error ? `# ${r.mode} failed: line ${error.range.startLine}: ${error.message}\n` : `# no ${side === 'graph' ? 'graph' : '.code'} from ${r.mode} yet\n`;
}

export function DiffPane({ diff, maximised, onMaximise, stale, onReveal }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<MonacoTypes.editor.IStandaloneDiffEditor | undefined>(undefined);
  const [side, setSide] = useState<Side>('graph');
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let disposed = false;
    void loadMonaco().then((monaco) => {
      if (disposed || !host.current) return;
      const ed = monaco.editor.createDiffEditor(host.current, {
        readOnly: true,
        automaticLayout: true,
        renderSideBySide: true,
        useInlineViewWhenSpaceIsLimited: false,
        minimap: { enabled: false },
        fontSize: 12,
        fontFamily: "'JetBrains Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace",
        scrollBeyondLastLine: false,
        ignoreTrimWhitespace: false,
        renderOverviewRuler: false,
      });
      monaco.editor.setTheme('jitscope-dark');
      ed.setModel({ original: monaco.editor.createModel('', 'plaintext'), modified: monaco.editor.createModel('', 'plaintext') });
      editor.current = ed;
      setReady(true);
    });
    return () => {
      disposed = true;
      const model = editor.current?.getModel();
      editor.current?.dispose();
      model?.original.dispose();
      model?.modified.dispose();
    };
  }, []);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model) return;
    const script = sideText(diff?.script, side);
    const trace = sideText(diff?.trace, side);
    if (model.original.getValue() !== script) model.original.setValue(script);
    if (model.modified.getValue() !== trace) model.modified.setValue(trace);
  }, [diff, side, ready]);

  const tools = (
    <>
      <span className="muted small">script ⟷ trace</span>
      <div className="segmented small" role="radiogroup" aria-label="Compare">
        {(['graph', 'code'] as const).map((s) => (
          <button key={s} role="radio" aria-checked={side === s} className={side === s ? 'active' : ''} onClick={() => setSide(s)}>
            {s === 'graph' ? 'IR' : '.code'}
          </button>
        ))}
      </div>
    </>
  );
  return (
    <Pane id="diff" title="Diff" tools={tools} maximised={maximised} onMaximise={onMaximise} stale={stale}>
      <div className="diff-host" data-testid="diff-view" data-ready={ready}>
        {diff?.kinds && (
          <div className="diff-summary" data-testid="diff-summary" title="Node kinds counted in the inlined graphs; marked on the graph with a dashed outline">
            {diff.kinds.summary}
            {diff.kinds.onlyScript.length > 0 && <span className="only">only in script: {diff.kinds.onlyScript.join(', ')}</span>}
            {diff.kinds.onlyTrace.length > 0 && <span className="only">only in trace: {diff.kinds.onlyTrace.join(', ')}</span>}
          </div>
        )}
        {diff && diff.findings.length > 0 && (
          <ul className="diff-findings" data-testid="diff-findings" aria-label="What tracing changed">
            {diff.findings.map((f, i) => (
              <li key={i}>
                <button className={`finding finding-${f.kind}`} onClick={() => onReveal(f.line)} title="Show the line in the editor">
                  <span className="finding-kind">{FINDING_NAMES[f.kind]}</span> {f.message}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="diff-labels small muted">
          <span>script</span>
          <span>trace</span>
        </div>
        <div ref={host} className="monaco-host" />
      </div>
    </Pane>
  );
}
