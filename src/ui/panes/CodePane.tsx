/** The `.code` pane: TorchScript's pretty-printed Python for the entry. */
import { Pane, Placeholder } from './Pane';
import { TextView } from './TextView';

interface Props {
  readonly code: string | undefined;
  readonly emptyMessage: string;
  readonly maximised: boolean;
  readonly onMaximise: () => void;
  readonly stale: boolean;
  /** Set when an older result is shown (Pane's `note`). */
  readonly note?: string;
  readonly highlightLines: ReadonlySet<number>;
  readonly onLineClick: (line: number) => void;
}

export function CodePane({ code, emptyMessage, maximised, onMaximise, stale, note, highlightLines, onLineClick }: Props) {
  return (
    <Pane id="code" title=".code" maximised={maximised} onMaximise={onMaximise} note={note} stale={stale}>
      <div className="pane-scroll" data-testid="code-view">
        {code ? <TextView text={code} language="python" highlightLines={highlightLines} onLineClick={onLineClick} /> : <Placeholder>{emptyMessage}</Placeholder>}
      </div>
    </Pane>
  );
}
