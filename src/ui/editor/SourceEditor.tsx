/**
 * The source editor: Monaco with Python highlighting, the compiler's diagnostics as
 * markers, a highlighted line for the selected graph node, Ctrl/Cmd+Enter to run.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiDiagnostic, ExprIndex, NameInfo } from '../../api/types';
import type { CompletionLists } from '../../api/completion_lists';
import { registerCompletions } from './completion';
import { registerTypeHover } from './hover';
import { loadMonaco } from './loader';
import type { Monaco } from './monaco';
import type * as MonacoTypes from 'monaco-editor';

interface Props {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly diagnostics: readonly ApiDiagnostic[];
  /** 1-based source lines to highlight (from the graph or IR selection). */
  readonly highlightLines: ReadonlySet<number>;
  /** A position to move the cursor to; a new object each time. */
  readonly reveal: { readonly line: number; readonly col: number } | undefined;
  readonly onRun: () => void;
  readonly onCursorLine: (line: number) => void;
  /** Completion lists; they arrive from the compiler worker after the editor opens. */
  readonly completions: CompletionLists | undefined;
  /** Named values of the compiled entry with their types, for hover. */
  readonly names: readonly NameInfo[] | undefined;
  /** Expressions of the compiled entry with their types, for hover. */
  readonly exprs?: ExprIndex | undefined;
}

/** How many of the editor's own recent texts are remembered: more keystrokes than a render can lag. */
const TYPED_KEPT = 64;

export function SourceEditor({ value, onChange, diagnostics, highlightLines, reveal, onRun, onCursorLine, completions, names, exprs }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<MonacoTypes.editor.IStandaloneCodeEditor | undefined>(undefined);
  const monacoRef = useRef<Monaco | undefined>(undefined);
  const decorations = useRef<MonacoTypes.editor.IEditorDecorationsCollection | undefined>(undefined);
  const callbacks = useRef({ onChange, onRun, onCursorLine });
  // The editor's recent texts (Note [Typed text is not echoed]).
  const typed = useRef<string[]>([]);
  callbacks.current = { onChange, onRun, onCursorLine };
  const lists = useRef(completions);
  lists.current = completions;
  const hoverData = useRef({ names, exprs });
  hoverData.current = { names, exprs };
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let disposed = false;
    let provider: MonacoTypes.IDisposable | undefined;
    let hover: MonacoTypes.IDisposable | undefined;
    void loadMonaco().then((monaco) => {
      if (disposed || !host.current) return;
      monacoRef.current = monaco;
      const ed = monaco.editor.create(host.current, {
        value,
        language: 'python',
        theme: 'jitscope-dark',
        automaticLayout: true,
        minimap: { enabled: false },
        fontSize: 13,
        fontFamily: "'JetBrains Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace",
        scrollBeyondLastLine: false,
        renderLineHighlight: 'line',
        tabSize: 4,
        insertSpaces: true,
        fixedOverflowWidgets: true,
        padding: { top: 8 },
      });
      ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => callbacks.current.onRun());
      ed.onDidChangeModelContent(() => {
        const text = ed.getValue();
        typed.current.push(text);
        if (typed.current.length > TYPED_KEPT) typed.current.shift();
        callbacks.current.onChange(text);
      });
      ed.onDidChangeCursorPosition((e) => callbacks.current.onCursorLine(e.position.lineNumber));
      decorations.current = ed.createDecorationsCollection();
      provider = registerCompletions(monaco, () => lists.current);
      hover = registerTypeHover(monaco, () => hoverData.current);
      editor.current = ed;
      setReady(true);
    });
    return () => {
      disposed = true;
      provider?.dispose();
      hover?.dispose();
      editor.current?.getModel()?.dispose();
      editor.current?.dispose();
      editor.current = undefined;
    };
    // Created once: later values arrive through the effects below.
  }, []);

  // Text set from outside (an example, a link) replaces the buffer; typing does not loop back.
  // Note [Typed text is not echoed]: React may render a value the editor emitted keystrokes ago
  // (a busy main thread batches the updates); writing it back would drop the keys typed since.
  // A rendered value is older than the texts typed after it, so those are all that stay remembered.
  useEffect(() => {
    const ed = editor.current;
    const echo = typed.current.lastIndexOf(value);
    if (echo >= 0) typed.current.splice(0, echo + 1);
    if (ed && ed.getValue() !== value && echo < 0) {
      ed.executeEdits('jitscope', [{ range: ed.getModel()!.getFullModelRange(), text: value }]);
      ed.pushUndoStop();
    }
  }, [value, ready]);

  useEffect(() => {
    const monaco = monacoRef.current;
    const model = editor.current?.getModel();
    if (!monaco || !model) return;
    const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info };
    monaco.editor.setModelMarkers(
      model,
      'jitscope',
      diagnostics.map((d) => {
        const line = Math.min(Math.max(1, d.range.startLine), model.getLineCount());
        const startColumn = d.range.startCol + 1;
        const sameSpot = d.range.endLine === d.range.startLine && d.range.endCol <= d.range.startCol;
        return {
          severity: severity[d.severity],
          message: d.detail ?? d.message,
          source: d.stage,
          startLineNumber: line,
          startColumn,
          endLineNumber: sameSpot ? line : Math.max(line, d.range.endLine),
          endColumn: sameSpot ? model.getLineMaxColumn(line) : d.range.endCol + 1,
        };
      }),
    );
  }, [diagnostics, ready]);

  useEffect(() => {
    const monaco = monacoRef.current;
    if (!monaco || !decorations.current) return;
    decorations.current.set(
      [...highlightLines].map((line) => ({
        range: new monaco.Range(line, 1, line, 1),
        options: { isWholeLine: true, className: 'editor-hl-line', linesDecorationsClassName: 'editor-hl-gutter' },
      })),
    );
    const first = Math.min(...highlightLines);
    if (Number.isFinite(first)) editor.current?.revealLineInCenterIfOutsideViewport(first);
  }, [highlightLines, ready]);

  useEffect(() => {
    const ed = editor.current;
    if (!ed || !reveal) return;
    ed.setPosition({ lineNumber: reveal.line, column: reveal.col + 1 });
    ed.revealLineInCenter(reveal.line);
    ed.focus();
  }, [reveal, ready]);

  return (
    <div className="editor-host" data-testid="editor" data-ready={ready}>
      <div ref={host} className="monaco-host" />
      {!ready && <pre className="editor-fallback">{value}</pre>}
    </div>
  );
}
