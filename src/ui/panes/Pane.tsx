/** The frame every pane shares: a title bar with the pane's own tools and a maximise button. */
import type { ReactNode } from 'react';

interface Props {
  readonly id: string;
  readonly title: string;
  readonly testId?: string;
  readonly tools?: ReactNode;
  readonly maximised: boolean;
  readonly onMaximise: () => void;
  readonly stale?: boolean;
  /** A short remark on what is shown (e.g. an older result kept while the program has an error). */
  readonly note?: string;
  readonly children: ReactNode;
}

export function Pane({ id, title, tools, maximised, onMaximise, stale, note, children }: Props) {
  return (
    <section className={`pane pane-${id}${maximised ? ' maximised' : ''}${note ? ' has-note' : ''}`} aria-label={title}>
      <header className="pane-bar">
        <h2>{title}</h2>
        {stale && !note && <span className="stale-dot" title="recomputing" aria-label="recomputing" />}
        {note && (
          <span className="pane-note" title={note} data-testid={`note-${id}`}>
            {note}
          </span>
        )}
        <div className="pane-tools">{tools}</div>
        <button
          className="icon-button"
          title={maximised ? 'Restore (Esc)' : 'Maximise'}
          aria-label={maximised ? `Restore ${title}` : `Maximise ${title}`}
          data-testid={`maximise-${id}`}
          onClick={onMaximise}
        >
          {maximised ? '⤡' : '⤢'}
        </button>
      </header>
      <div className="pane-body">{children}</div>
    </section>
  );
}

/** A centred note in an empty pane. */
export function Placeholder({ children }: { readonly children: ReactNode }) {
  return <div className="placeholder">{children}</div>;
}
