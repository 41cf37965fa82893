/** The top bar: brand, mode, entry, examples, panes, share and the backend that runs. */
import { useEffect, useRef, useState } from 'react';
import type { EntryInfo, Mode } from '../../api/types';
import { EXAMPLES } from '../examples';
import type { Example } from '../examples';
import { MAX_INPUTS_CHARS, MODES, PANES } from '../state/state';
import type { PaneId } from '../state/state';

interface Props {
  readonly mode: Mode;
  readonly onMode: (mode: Mode) => void;
  readonly entries: readonly EntryInfo[];
  readonly entry: string | null;
  /** The entry the compiler chose when none is picked. */
  readonly chosenEntry: string | null;
  readonly onEntry: (entry: string | null) => void;
  /** The example inputs expression; empty uses the program's own `example_inputs`. */
  readonly inputs: string;
  readonly onInputs: (inputs: string) => void;
  readonly onExample: (example: Example) => void;
  readonly panes: readonly PaneId[];
  readonly onTogglePane: (pane: PaneId) => void;
  readonly onShare: () => Promise<string>;
  readonly backend: string;
  readonly onRun: () => void;
}

const PANE_TITLES: Record<PaneId, string> = { graph: 'Graph', ir: 'IR', code: 'Code', diff: 'Diff', output: 'Output' };

export function Toolbar(props: Props) {
  const { mode, onMode, entries, entry, chosenEntry, onEntry, panes, onTogglePane, backend } = props;
  const [shared, setShared] = useState<string | undefined>();
  return (
    <header className="toolbar">
      <span className="brand">
        <span className="brand-mark">⟨jit⟩</span>scope
      </span>
      <div className="segmented" role="radiogroup" aria-label="Compilation mode">
        {MODES.map((m) => (
          <button key={m} data-testid={`mode-${m}`} role="radio" aria-checked={mode === m} className={mode === m ? 'active' : ''} onClick={() => onMode(m)} title={MODE_HELP[m]}>
            {m}
          </button>
        ))}
      </div>
      <label className="field">
        <span className="muted small">entry</span>
        <select data-testid="entry" value={entry ?? ''} onChange={(e) => onEntry(e.target.value || null)}>
          <option value="">{chosenEntry ? `last defined (${chosenEntry})` : 'last defined'}</option>
          {entries.map((e) => (
            <option key={e.name} value={e.name}>
              {e.kind === 'module' ? 'class ' : 'def '}
              {e.name}
            </option>
          ))}
        </select>
      </label>
      <InputsField inputs={props.inputs} onInputs={props.onInputs} entry={entries.find((e) => e.name === (entry ?? chosenEntry))} />
      <ExamplesMenu onExample={props.onExample} />
      <button className="run" onClick={props.onRun} title="Compile and run now (Ctrl/Cmd+Enter)">
        ▶ Run
      </button>
      <div className="spacer" />
      <div className="pane-toggles" role="group" aria-label="Panes">
        {PANES.map((p) => (
          <button key={p} className={panes.includes(p) ? 'chip on' : 'chip'} aria-pressed={panes.includes(p)} onClick={() => onTogglePane(p)} data-testid={`toggle-${p}`}>
            {PANE_TITLES[p]}
          </button>
        ))}
      </div>
      <button
        className="share"
        data-testid="share-button"
        onClick={() => {
          void props.onShare().then((url) => {
            setShared(url);
            setTimeout(() => setShared(undefined), 2500);
          });
        }}
      >
        {shared ? 'Link copied' : 'Share'}
      </button>
      <span className={`badge backend-${backend}`} data-testid="backend" title={backend === 'none' ? 'Nothing has run yet' : 'The tfjs backend that ran the program'}>
        {backend}
      </span>
    </header>
  );
}

/** The example inputs: a Python tuple expression evaluated in the program's globals. */
function InputsField({ inputs, onInputs, entry }: { readonly inputs: string; readonly onInputs: (v: string) => void; readonly entry: EntryInfo | undefined }) {
  const params = entry ? `${entry.name}(${entry.params.join(', ')})` : 'the entry';
  return (
    <label className="field inputs-field">
      <span className="muted small">inputs</span>
      <input
        data-testid="inputs"
        className="inputs"
        type="text"
        spellCheck={false}
        maxLength={MAX_INPUTS_CHARS}
        value={inputs}
        placeholder="example_inputs of the program"
        title={`Example inputs for ${params} as a Python expression, e.g. (torch.rand(3, 4),). Empty: the program's module-level example_inputs.`}
        onChange={(e) => onInputs(e.target.value)}
      />
    </label>
  );
}

const MODE_HELP: Record<Mode, string> = {
  script: 'torch.jit.script: compile the source, keeping control flow',
  trace: 'torch.jit.trace: run on the example inputs and record the operations',
  eager: 'PYTORCH_JIT=0: run as plain Python',
};

function ExamplesMenu({ onExample }: { readonly onExample: (e: Example) => void }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  return (
    <div className="menu" ref={ref}>
      <button data-testid="examples" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Examples ▾
      </button>
      {open && (
        <div className="menu-list" role="menu">
          {EXAMPLES.map((e) => (
            <button
              key={e.id}
              role="menuitem"
              data-testid={`example-${e.id}`}
              onClick={() => {
                setOpen(false);
                onExample(e);
              }}
            >
              <span>{e.title}</span>
              <span className="muted small">{e.mode}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
