/** The playground's shareable state: what a permalink and the autosave hold. */
import type { Mode } from '../../api/types';

export const PANES = ['graph', 'ir', 'code', 'diff', 'output'] as const;
export type PaneId = (typeof PANES)[number];
export const MODES: readonly Mode[] = ['script', 'trace', 'eager'];

export interface PlaygroundState {
  readonly source: string;
  readonly mode: Mode;
  /** The chosen entry; null picks the last one defined. */
  readonly entry: string | null;
  /** Example inputs as a Python expression; empty uses the program's own. */
  readonly inputs: string;
  readonly panes: readonly PaneId[];
  /** Which graph the IR and graph panes show. */
  readonly graphView: 'graph' | 'inlined';
}

export const DEFAULT_PANES: readonly PaneId[] = ['graph', 'ir', 'code', 'output'];

/** Limits on what a link may carry, so a hostile link cannot exhaust memory. */
export const MAX_SOURCE_CHARS = 200_000;
export const MAX_INPUTS_CHARS = 10_000;
