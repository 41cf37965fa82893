/** The output pane: what the program printed, the entry's results, problems, backend and timings. */
import type { AnalyzeResult } from '../../api/types';
import { headline } from '../headline';
import { Pane } from './Pane';

interface Props {
  readonly result: AnalyzeResult | undefined;
  /** A problem outside the program: the worker was stopped, or crashed. */
  readonly notice: string | undefined;
  /** Milliseconds from the edit to the compiled answer and to the run's. */
  readonly roundTripMs: { readonly compiled: number; readonly ran: number | undefined } | undefined;
  readonly onDiagnosticClick: (line: number, col: number) => void;
  readonly maximised: boolean;
  readonly onMaximise: () => void;
  readonly stale: boolean;
}

export function OutputPane({ result, notice, roundTripMs, onDiagnosticClick, maximised, onMaximise, stale }: Props) {
  const timings = result ? Object.entries(result.timings) : [];
  return (
    <Pane id="output" title="Output" maximised={maximised} onMaximise={onMaximise} stale={stale}>
      <div className={`pane-scroll output${stale ? ' is-stale' : ''}`} data-testid="output-view" aria-busy={stale}>
        {notice && (
          <div className="notice" role="alert" data-testid="output-notice">
            {notice}
          </div>
        )}
        {result?.diagnostics.map((d, i) => (
          <button key={i} className={`diagnostic ${d.severity}`} onClick={() => onDiagnosticClick(d.range.startLine, d.range.startCol)}>
            <span className="where">
              {d.stage} {d.severity} · line {d.range.startLine}:{d.range.startCol}
            </span>
            <span className="message">{d.detail ? headline(d.message) : d.message}</span>
            {d.detail && <pre className="detail">{d.detail}</pre>}
          </button>
        ))}
        {result?.stdout && (
          <section>
            <h3>stdout</h3>
            <pre>{result.stdout}</pre>
          </section>
        )}
        {result?.outputs && (
          <section>
            <h3>{result.entry ?? 'entry'}(example inputs)</h3>
            <pre data-testid="outputs">{result.outputs}</pre>
          </section>
        )}
        {result && result.diagnostics.length === 0 && !result.stdout && !result.outputs && !notice && (
          <p className="muted">
            {result.entry
              ? `${result.entry} was not run: it needs example inputs (a module-level example_inputs = (...), or an expression in the inputs box).`
              : 'Nothing printed, and no function or nn.Module class to run.'}
          </p>
        )}
        {result && (
          <footer className="timings muted small">
            backend {result.backend} · {timings.map(([k, v]) => `${k} ${v.toFixed(1)} ms`).join(' · ')}
            {roundTripMs && ` · edit to IR ${roundTripMs.compiled.toFixed(0)} ms`}
            {roundTripMs?.ran !== undefined && ` · edit to result ${roundTripMs.ran.toFixed(0)} ms`}
          </footer>
        )}
      </div>
    </Pane>
  );
}
