import { useState } from 'react';

const SAMPLE = `import torch

class MyCell(torch.nn.Module):
    def __init__(self):
        super(MyCell, self).__init__()
        self.linear = torch.nn.Linear(4, 4)

    def forward(self, x, h):
        new_h = torch.tanh(self.linear(x) + h)
        return new_h, new_h
`;

type Mode = 'script' | 'trace' | 'eager';

/** The first page: the playground panes arrive with the playground issue. */
export function App() {
  const [mode, setMode] = useState<Mode>('script');
  const [source, setSource] = useState(SAMPLE);
  return (
    <div className="app">
      <header className="toolbar">
        <span className="brand">jitscope</span>
        <span className="tagline">TorchScript in the browser</span>
        <div className="modes" role="radiogroup" aria-label="Compilation mode">
          {(['script', 'trace', 'eager'] as const).map((m) => (
            <button
              key={m}
              data-testid={`mode-${m}`}
              role="radio"
              aria-checked={mode === m}
              className={mode === m ? 'active' : ''}
              onClick={() => setMode(m)}
            >
              {m}
            </button>
          ))}
        </div>
      </header>
      <main className="panes">
        <section className="pane">
          <h2>Source</h2>
          <textarea
            data-testid="editor"
            spellCheck={false}
            value={source}
            onChange={(e) => setSource(e.target.value)}
          />
        </section>
        <section className="pane">
          <h2>IR</h2>
          <pre data-testid="ir-view">The {mode} IR appears here once the compiler lands.</pre>
        </section>
      </main>
    </div>
  );
}
