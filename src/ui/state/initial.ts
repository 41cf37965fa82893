/** Where the first state comes from: a link, else the autosave, else the default example. */
import { DEFAULT_EXAMPLE } from '../examples';
import { decodeFragment, decodeQuery, encodeFragment, validate } from './permalink';
import { DEFAULT_PANES } from './state';
import type { PlaygroundState } from './state';

const AUTOSAVE_KEY = 'jitscope.autosave.v1';

export const DEFAULT_STATE: PlaygroundState = {
  source: DEFAULT_EXAMPLE.source,
  mode: DEFAULT_EXAMPLE.mode,
  entry: DEFAULT_EXAMPLE.entry,
  inputs: '',
  panes: DEFAULT_PANES,
  graphView: 'graph',
};

export function initialState(location: Location): { state: PlaygroundState; message?: string } {
  const fromLink = decodeFragment(location.hash) ?? decodeQuery(location.search);
  if (fromLink?.ok) return { state: fromLink.state };
  const saved = loadAutosave();
  const fallback = saved ?? DEFAULT_STATE;
  if (fromLink && !fromLink.ok) return { state: fallback, message: fromLink.message };
  return { state: fallback };
}

function loadAutosave(): PlaygroundState | undefined {
  try {
    const raw = localStorage.getItem(AUTOSAVE_KEY);
    if (!raw) return undefined;
    const decoded = validate(JSON.parse(raw));
    return decoded.ok ? decoded.state : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the state locally and mirrors it into the URL, so a reload or a copied address keeps the work. */
export function persist(state: PlaygroundState): void {
  try {
    localStorage.setItem(AUTOSAVE_KEY, JSON.stringify(state));
  } catch {
    // A full or disabled storage must not break editing.
  }
  const url = `${location.pathname}${encodeFragment(state)}`;
  history.replaceState(null, '', url);
}

/** The full shareable address for `state`. */
export function permalink(state: PlaygroundState): string {
  return `${location.origin}${location.pathname}${encodeFragment(state)}`;
}
